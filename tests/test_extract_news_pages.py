"""Drafting news pages and report excerpts: their headings, datelines, bullets and decorations."""

from __future__ import annotations

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder
from govfacts.extract.page import prepare

PLACES = PlaceFinder.from_gazetteer()


def drafted(text: str, date: str = "2026-01-20", place: str | None = "兰州市") -> list[dict]:
    return draft(text, date, place, PLACES).indicators


def guessed(text: str, date: str) -> list[dict]:
    """The indicators drafted where the page's own place is left to the drafter to find."""
    return draft(text, date, None, PLACES).indicators


def periods(text: str, date: str = "2026-01-20") -> dict[str, str | None]:
    return {r["name"]: r["period"] for r in drafted(text, date)}


def test_a_year_that_dates_one_event_does_not_date_the_sentences_after_it():
    text = (
        "2025年，全市地区生产总值增长5.1%。\n"
        "固定资产投资五年累计8000亿元，并于2024年首次突破2000亿元。\n"
        "外贸进出口总额达到900亿元。\n"
    )
    assert periods(text)["外贸进出口总额"] == "2025"
    # a year in the name of the event the page reports on (举行2026年…新闻发布会) carries nothing
    text = "市政府新闻办举行2026年全市公安工作新闻发布会。\n会上通报，全市刑事案件下降8.2%。\n"
    assert periods(text, "2026-01-12")["刑事案件"] == "2025"
    # 关于2025年 is what the text goes on about
    text = "关于2025年的工作，报告列举了许多数据。\n新建学校12所。\n"
    assert periods(text)["新建学校"] == "2025"


def test_the_day_of_the_news_does_not_date_what_it_reports():
    text = "本报1月12日讯 1月12日，市公安局召开发布会。\n全年破获电诈案件1200起。\n"
    found = drafted(text, "2026-01-12")
    assert [(r["name"], r["period"], r["review"]) for r in found] == [("破获电诈案件", "2025", None)]
    # (a result dated by the day of the news needs no doubt; one dated by a year alone does)
    assert [r["review"] for r in drafted("全年破获电诈案件1200起。", "2025")] == [["period-from-date"]]
    # later in the year, a page that never says its year speaks of the year it is in
    assert periods("全年破获电诈案件1200起。", "2025-11-20")["破获电诈案件"] == "2025"


def test_a_plan_s_own_goals_are_of_its_last_year_and_this_year_s_stay_this_year_s():
    text = "报告提出，“十五五”时期主要预期目标包括：经济总量达到6000亿元以上，常住人口突破520万人。\n"
    found = {r["name"]: (r["period"], r["status"]) for r in drafted(text)}
    assert found == {"经济总量": ("2030", "target"), "常住人口": ("2030", "target")}
    text = "今年是“十五五”开局之年，主要预期目标是：经济总量增长5.5%左右。\n"
    assert [(r["period"], r["status"]) for r in drafted(text)] == [("2026", "target")]


def test_a_news_page_s_short_headings_open_the_parts_they_name():
    text = (
        "让我们读懂这份报告。\n"
        "▎2025年\n"
        "——城镇新增就业超30万人\n"
        "▎“十四五”时期\n"
        "——累计新增学位40万个\n"
        "这些目标，令人振奋！\n"
        "——地区生产总值增长5%左右\n"
    )
    found = {r["name"]: (r["period"], r["status"]) for r in drafted(text, "2026-01-19", "广州市")}
    assert found == {
        "城镇新增就业": ("2025", "actual"),
        "累计新增学位": ("2021/2025", "actual"),
        "地区生产总值": ("2026", "target"),
    }


def test_a_plan_counted_as_a_noun_is_no_goal():
    found = drafted("2025年，新增公办学位4.6万个、普通高中招生计划3.2万个。")
    assert [r["status"] for r in found] == ["actual", "actual"]
    assert drafted("2025年，计划投资120亿元。")[0]["status"] == "target"


def test_one_figure_after_fenbie_holds_for_each_item():
    found = [(r["name"], r["value"]) for r in drafted("2026年，规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长5%。")]
    assert found == [("规模以上工业增加值", 5), ("固定资产投资", 5), ("社会消费品零售总额", 5)]


def test_a_range_of_things_counted_is_named_by_what_follows_its_upper_end():
    found = [(r["name"], r["value"], r.get("value_high")) for r in drafted("新建2—3家市级技术创新中心和20—25家企业研发中心。")]
    assert found == [("新建市级技术创新中心", 2, 3), ("企业研发中心", 20, 25)]


def test_a_meeting_s_ordinal_is_no_figure():
    found = [r["name"] for r in drafted("贯彻落实市委十四届八次全会部署，全年地区生产总值增长5.2%。")]
    assert found == ["地区生产总值"]


def test_a_place_a_visit_went_to_is_not_the_figures_place():
    found = drafted("总书记视察甘肃重要讲话精神深入人心，全年地区生产总值达到3600亿元。", place="兰州市")
    assert [r["region"] for r in found] == ["兰州市"]


def test_bullet_dashes_and_a_copied_page_s_decorations_stay_out_of_names_but_in_quotes():
    text = "——新增就业岗位超20万个\n——规上工业增加值◈✿◈增长7%\n"
    found = [(r["name"], r["quote"]) for r in drafted(text, "2026-01-19")]
    assert found == [("新增就业岗位", "——新增就业岗位超20万个"), ("规上工业增加值", "——规上工业增加值◈✿◈增长7%")]
    page = prepare("甲◈乙✿丙")
    assert page.text == "甲乙丙" and page.quote(0, 3) == "甲◈乙✿丙"


def test_sharp_rises_and_falls_are_changes():
    found = [(r["name"], r["value"], r["measure"]) for r in drafted("2025年，锂电池出口额激增80%，违法建设锐减30%。")]
    assert found == [("锂电池出口额", 80, "change"), ("违法建设", -30, "change")]


def test_counts_of_trips_keep_their_unit():
    found = [(r["name"], r["value"], r["unit"]) for r in drafted("2025年，进出车流达12.5万辆次，港口服务科考船300航次。")]
    assert found == [("进出车流", 125000, "辆次"), ("港口服务科考船", 300, "航次")]


def test_a_ratio_to_an_earlier_plan_s_total_is_no_period_of_its_own():
    text = "2025年，全市各项工作成效明显。\n五年来，民间投资累计3000亿元、为“十三五”的1.6倍。\n"
    found = [(r["name"], r["value"], r["period"]) for r in drafted(text)]
    assert [(n, p) for n, _v, p in found] == [("累计民间投资", "2021/2025"), ("累计民间投资", "2021/2025")]


def test_the_plan_s_years_said_once_date_each_goal_after_them():
    text = (
        "“十五五”时期\n"
        "“十五五”时期是关键阶段。报告提出，“十五五”时期主要预期目标包括：地区生产总值年均增长6%左右；"
        "城镇化率达到80%；森林覆盖率达到15%以上。\n"
    )
    found = {r["name"]: r["period"] for r in drafted(text)}
    assert found == {"地区生产总值": "2026/2030", "城镇化率": "2030", "森林覆盖率": "2030"}


def test_a_year_that_dates_one_clause_does_not_date_the_next():
    text = "2025年，经济持续回升。\n社会投资总额增长较快，并于2024年首次突破1000亿元，工业投资占比较2020年提升8个百分点。\n"
    found = {r["name"]: r["period"] for r in drafted(text)}
    assert found["工业投资占比"] == "2021/2025"  # (not 2024: over the years since the 2020 it is measured against)


def test_a_period_carried_from_an_earlier_paragraph_is_flagged_only_where_the_page_s_date_says_otherwise():
    text = "2025年，全市经济稳中有进。\n城镇新增就业3.2万人。\n"
    assert [r["review"] for r in drafted(text)] == [None]
    text = "2023年，全市经济稳中有进。\n城镇新增就业3.2万人。\n"
    assert [r["review"] for r in drafted(text)] == [["period-carried"]]


def test_police_are_no_county():
    found = drafted("2025年，宜昌公安破获电诈案件1200起，公安机关追赃挽损3000万元。", place="宜昌市")
    assert {r["region"] for r in found} == {"宜昌市"}


def test_the_place_whose_congress_hears_the_report_is_the_page_s_own():
    text = "政府工作报告\n——2026年1月14日在合肥市瑶海区\n第五届人民代表大会第六次会议上\n2025年，全区一般公共预算收入增长5%。\n"
    assert {r["region"] for r in guessed(text, "2026-01-14")} == {"合肥市瑶海区"}


def test_a_year_long_past_or_still_to_come_is_not_what_a_page_s_undated_figures_are_of():
    text = "一般公共预算收入2600亿元。\n完成城中村改造1.2万户，改造2000年以前建成的老旧小区300个。\n2026年，地区生产总值增长5%左右。\n"
    found = {r["name"]: r["period"] for r in drafted(text, "2026-01-21", "杭州市")}
    assert found["一般公共预算收入"] == found["城中村改造"] == "2025"


def test_jiang_alone_is_a_fall_and_what_falls_on_top_of_a_run_is_this_year_s():
    text = "2025年，全市刑事警情同比降12.5%，其中盗窃警情在连续3年大幅下降的基础上再降9%。"
    found = [(r["name"], r["value"], r["period"]) for r in drafted(text) if r["unit"] == "%"]
    assert found == [("刑事警情", -12.5, "2025"), ("盗窃警情", -9, "2025")]
    assert [r["value"] for r in drafted("2025年，PM2.5浓度降至26微克/立方米。")] == [26]


def test_an_estimate_of_the_year_just_closed_is_a_result():
    text = "2025年工作回顾\n预计地区生产总值增长5.8%，数字经济增加值预计增长9%。\n"
    found = [(r["name"], r["value"], r["status"]) for r in drafted(text, "2026-01-20")]
    assert found == [("地区生产总值", 5.8, "actual"), ("数字经济增加值", 9, "actual")]
    # later in the year, or of a year to come, it is a forecast
    assert drafted("预计全年地区生产总值增长5.8%。", "2025-09-10") == []


def test_a_dash_typed_as_yi_joins_a_range():
    found = [(r["name"], r["value"], r.get("value_high")) for r in drafted("2026年，地区生产总值增长5%一5.5%。")]
    assert found == [("地区生产总值", 5, 5.5)]


def test_a_dateline_and_byline_are_no_part_of_a_name():
    found = drafted("厦门网讯(厦门晚报记者 张三 通讯员 李四)全市刑事警情数同比下降12%。", "2026-01-10", "厦门市")
    assert [r["name"] for r in found] == ["刑事警情数"]


def test_a_figure_given_a_place_outside_the_page_s_own_is_flagged():
    found = drafted("2025年，全市破获电诈案件1200起，荆州市破获电诈案件900起。", place="宜昌市")
    assert [(r["region"], r["review"]) for r in found] == [("宜昌市", None), ("荆州市", ["region-elsewhere"])]


def test_wancheng_only_introduces_a_sum():
    text = "五年来，固定资产投资完成850亿元，一般公共预算收入累计完成320亿元。"
    assert [r["name"] for r in drafted(text, "2026-01-14")] == ["固定资产投资", "累计一般公共预算收入"]


def test_things_built_everywhere_are_named_by_what_was_built():
    assert [r["name"] for r in drafted("2025年，全覆盖建成2800个县级综治中心。")] == ["县级综治中心"]


def test_a_quoted_clause_that_states_a_figure_is_a_fact():
    found = drafted("“排查整改执法突出问题1200个”“清理执法证件3400个”……报告披露的数字引人关注。", "2026-03-17")
    assert [(r["name"], r["value"]) for r in found] == [("排查整改执法突出问题", 1200), ("清理执法证件", 3400)]
    assert drafted("开展“双11”促销和“十四五”回顾。") == []


def test_a_hotline_s_daily_average_and_a_time_limit_are_no_figures_of_their_own():
    found = drafted("2025年，全省110日均接警8.1万起，96.5%的命案在24小时内告破。")
    assert [r["value"] for r in found] == [81000, 96.5]


def test_a_year_inside_the_ground_a_figure_stands_on_dates_only_that_ground():
    text = "2025年，全省刑事发案在2024年同比下降20.5%的基础上同比再降12.3%，破获命案积案40起。"
    assert [(r["value"], r["period"]) for r in drafted(text)] == [(-20.5, "2024"), (-12.3, "2025"), (40, "2025")]


def test_a_threshold_passed_names_the_things_counted():
    found = [(r["name"], r["value"]) for r in drafted("2025年，过千亿元区县(功能区)达到5个。")]
    assert found == [("过千亿元区县(功能区)", 5)]


def test_a_statement_of_goals_goes_on_past_its_semicolons():
    text = (
        "全市去年地区生产总值预计超过1.2万亿元,今年预期目标增长5%以上\n"
        "2026年是“十五五”开局之年，全市将着力发展新质生产力。 2026年全市经济社会发展主要预期目标是：地区生产总值增长5%以上，"
        "在实际工作中努力争取更好结果；一般公共预算收入增长3%；规模以上工业增加值增长7%。\n"
        "2025年，全市地区生产总值增长5.2%。\n"
    )
    found = [(r["name"], r["value"], r["status"]) for r in drafted(text, "2026-01-19", "济南市")]
    assert found[1:] == [
        ("地区生产总值", 5, "target"), ("一般公共预算收入", 3, "target"), ("规模以上工业增加值", 7, "target"),
        ("地区生产总值", 5.2, "actual"),
    ]


def test_a_page_cut_short_by_dots_ends_its_sentence_there():
    found = [(r["name"], r["value"]) for r in drafted("2025年，税收占比74.3%、连续三年居全省首 ...全市去年GDP预计超过1.4万亿元")]
    assert found == [("税收占比", 74.3), ("税收占比居全省首", 3), ("GDP", 1400000000000)]


def test_a_change_since_a_base_year_runs_over_the_years_after_it():
    found = [(r["name"], r["period"]) for r in drafted("火灾起数自2022年起年均下降31.9%。", "2026-02-11")]
    assert found == [("火灾起数", "2023/2025")]


def test_the_words_of_a_removed_date_leave_names():
    assert [r["name"] for r in drafted("全市现有吸毒人员截至2025年底下降至8000名。", "2026-01-20")] == ["吸毒人员"]


def test_a_gap_renamed_to_its_rate_is_asked_again_whether_its_name_is_clear():
    found = drafted("2025年，增速较全国高0.8个百分点。")
    assert [(r["name"], "name-unclear" in (r["review"] or [])) for r in found] == [("增速", True)]


def test_the_place_whose_report_the_title_names_is_the_page_s_own():
    text = "2026年横州市政府工作报告\n提纲\n2025年，全市地区生产总值增长5.8%，南宁市县域经济排名前列。\n"
    assert {r["region"] for r in guessed(text, "2026-01")} == {"横州市"}


def test_a_place_that_is_a_rank_s_scope_is_not_the_figure_s_place():
    text = "2026年横州市政府工作报告\n2025年，全市地区生产总值完成420亿元，总量稳居南宁市县域第一，增长5.4%；税收收入增长18%、排南宁市县域第二。\n"
    found = [(r["region"], r["name"]) for r in guessed(text, "2026-01")]
    assert found == [("横州市", "地区生产总值"), ("横州市", "地区生产总值"), ("横州市", "税收收入")]


def test_a_change_against_the_last_plan_is_over_this_plan_and_a_year_to_come_has_only_goals():
    text = "2025年上半年，全省公众安全感达99.2%。与“十三五”同期相比，全省刑事案件立案数下降28.8%。"
    assert [(r["name"], r["period"], r["review"]) for r in drafted(text, "2026-01-10", "江西省")][1] == ("刑事案件立案数", "2021/2025", None)
    found = [(r["name"], r["status"]) for r in drafted("今年，全市将启动5个学校项目建设，新增公办学位8000个以上。")]
    assert found == [("学校项目建设", "target"), ("新增公办学位", "target")]


def test_a_dateline_s_place_and_a_paper_named_after_one_are_not_what_the_page_is_about():
    text = (
        "来源：香港商报\n本报北京1月8日电 记者从公安部获悉，2025年全国公安机关共立刑事案件数同比下降12.8%，"
        "立治安案件数下降3.5%。\n严重暴力犯罪案件数下降4.7%。\n"
    )
    assert {r["region"] for r in guessed(text, "2026-01-09")} == {"中国"}


def test_a_county_s_page_that_names_itself_by_its_short_form_is_the_county_s():
    text = "12月24日，县十八届人大五次会议开幕。\n过去一年，仙游完成12个乡镇综治中心规范化建设，仙游空气质量优良率99%，仙游新增就业3000人。\n"
    found = [(r["region"], r["period"]) for r in guessed(text, "2025-12-24")]
    assert set(found) == {("仙游县", "2025")}


def test_an_article_s_own_parts_are_no_figures():
    found = drafted("从8个关键字里感受过去一年，让我们从四个维度读懂报告。2025年，全县新增就业3000人。", "2025-12-24")
    assert [(r["name"], r["value"]) for r in found] == [("新增就业", 3000)]


def test_a_bracketed_heading_set_before_its_text_with_a_space_is_no_part_of_a_name():
    text = "过去一年，全市上下奋勇争先。 【安】基层治理扎实有效 完成26个社区网格化改造;【富】产业兴旺 新签约项目40个。"
    assert [(r["name"], r["value"]) for r in drafted(text)] == [("社区网格化改造", 26), ("新签约项目", 40)]
    # a space inside a sentence that no bracketed heading opens still joins its words
    assert [r["name"] for r in drafted("全市新建 城市书房15家。")] == ["新建城市书房"]


def test_a_count_whose_noun_has_a_rate_after_it_is_not_named_by_the_rate_s_verb():
    text = "8个省控断面、12个县级饮用水水源地水质达标率均达到100%。"
    names = [r["name"] for r in drafted(text)]
    assert names[1] == "县级饮用水水源地水质" and not any(n.startswith("达标率") for n in names)


def test_the_case_count_a_list_of_crimes_ends_with_is_each_crime_s():
    text = "全市严重暴力犯罪、电信网络诈骗、传统“盗抢骗”案件数分别下降6.1%、30.2%、18.5%。"
    assert [r["name"] for r in drafted(text)] == ["严重暴力犯罪案件数", "电信网络诈骗案件数", "传统“盗抢骗”案件数"]
    text = "刑事案件、治安警情分别下降8%、5%。"  # (each item names its own measure: nothing is lent)
    assert [r["name"] for r in drafted(text)] == ["刑事案件", "治安警情"]


def test_the_partner_a_count_was_made_with_is_no_part_of_its_name():
    assert [r["name"] for r in drafted("会同通信管理部门拦截涉诈电话5.2亿次。")] == ["拦截涉诈电话"]
    assert [r["name"] for r in drafted("联合市场监管单位查处假冒商品案件310起。")] == ["查处假冒商品案件"]
    assert [r["name"] for r in drafted("新建校企联合实验室12个。")] == ["新建校企联合实验室"]


def test_years_asked_about_in_a_page_s_opening_questions_date_nothing_after_them():
    text = "报告中，2025年全市法院有哪些成绩？2026年又有哪些安排？\n审结一审刑事案件2.1万件，同比下降6.2%。\n"
    assert {(r["period"], r["status"]) for r in drafted(text, "2026-01-28")} == {("2025", "actual")}


def test_a_goal_no_word_dates_is_kept_as_a_goal_of_the_year_of_the_page_s_date():
    text = "市政府召开常务会议。\n全市地区生产总值力争增长5.5%，力争新增城镇就业3万人。\n"
    found = drafted(text, "2026-01-28")
    assert [(r["name"], r["value"], r["period"], r["status"]) for r in found] == [
        ("地区生产总值", 5.5, "2026", "target"), ("新增城镇就业", 30000, "2026", "target"),
    ]
    assert all("period-from-date" in r["review"] for r in found)
    # a forecast is still no figure of the page's (有望, 预计 outside a review)
    assert drafted("市政府召开常务会议。\n全市地区生产总值有望增长5.5%。\n", "2026-01-28") == []


def test_a_place_that_opens_one_bullet_is_not_the_place_of_the_next():
    text = (
        "泉州市2025年工作回顾\n"
        "◆晋江经济开发区跻身全国开发区综合发展水平三十强。\n"
        "◆竣工保障性住房1.2万套。\n"
        "◆接待国内外游客9800万人次。\n"
    )
    assert [r["region"] for r in drafted(text, "2026-01-14", "泉州市")] == ["泉州市", "泉州市"]


def test_a_from_to_pair_said_over_the_plan_s_years_runs_from_the_year_before_them():
    text = "市政府召开会议。\n数字经济是全市发展的新引擎。“十四五”期间，全市数字经济核心产业占比从8.2%跃升至11.5%。\n"
    found = drafted(text)
    assert [(r["value"], r["period"]) for r in found] == [(8.2, "2020"), (11.5, "2025")]
    # a change said over the same years is over all of them
    found = drafted("市政府召开会议。\n“十四五”期间，全市数字经济核心产业增加值年均增长9.1%。\n")
    assert [(r["value"], r["period"]) for r in found] == [(9.1, "2021/2025")]


def test_a_count_of_cases_handled_is_named_for_the_crimes_a_stance_before_it_was_taken_against():
    text = (
        "市检察院召开会议。\n"
        "对电信网络诈骗犯罪保持高压态势，起诉312人；从严打击群众反映强烈的非法集资犯罪，起诉58人。"
        "对侵害妇女儿童犯罪零容忍，依法严惩，审结案件211件。全年起诉1.2万人。\n"
    )
    found = drafted(text, "2026-01-20", "南宁市")
    assert [(r["name"], r["value"]) for r in found] == [
        ("起诉电信网络诈骗犯罪", 312), ("起诉非法集资犯罪", 58), ("审结侵害妇女儿童犯罪案件", 211), ("起诉", 12000),  # (a sentence of its own: no stance)
    ]
    assert all("name-from-earlier-clause" in r["review"] for r in found[:3])


def test_a_stance_worded_with_its_manner_names_the_counts_after_it():
    text = "区检察院召开会议。\n依法从严从快惩治电信网络诈骗犯罪、非法集资犯罪，批捕41人，起诉57人。全链条打击毒品犯罪，起诉19人。\n"
    names = [r["name"] for r in drafted(text, "2026-01-20", "南宁市")]
    assert names == ["批捕电信网络诈骗犯罪、非法集资犯罪", "起诉电信网络诈骗犯罪、非法集资犯罪", "起诉毒品犯罪"]


def test_a_stance_against_crimes_given_by_example_names_the_kind_of_crime():
    text = "市法院召开会议。\n严惩杀人、抢劫、绑架等严重暴力犯罪，办结案件540件。\n"
    assert [r["name"] for r in drafted(text, "2026-01-20", "南宁市")] == ["办结严重暴力犯罪案件"]


def test_a_bare_action_on_people_is_named_for_whom_the_count_before_it_counted():
    text = (
        "市公安局召开会议。\n全年批准逮捕各类犯罪嫌疑人520人，起诉610人。"
        "侦破养老诈骗案件31起，抓获46人。全年起诉800人。\n"
    )
    found = drafted(text, "2026-01-20", "南宁市")
    assert [(r["name"], r["value"]) for r in found] == [
        ("批准逮捕各类犯罪嫌疑人", 520), ("起诉各类犯罪嫌疑人", 610), ("侦破养老诈骗案件", 31),
        ("抓获养老诈骗案件犯罪嫌疑人", 46), ("起诉", 800),  # (a sentence of its own)
    ]
    assert all("name-from-earlier-clause" in r["review"] for r in (found[1], found[3]))


def test_what_was_at_stake_in_cases_is_named_for_them():
    text = "市法院召开会议。\n审结一审商事案件8200件，标的额36.5亿元。破获经济犯罪案件12起，涉案金额3.2亿元。\n"
    names = [r["name"] for r in drafted(text, "2026-01-20", "南宁市")]
    assert names == ["审结一审商事案件", "审结一审商事案件标的额", "破获经济犯罪案件", "破获经济犯罪案件涉案金额"]


def test_a_list_of_what_was_sent_out_shares_its_verb():
    names = [r["name"] for r in drafted("市公安局召开会议。\n全年出动警力1.6万人次、警车2100台次。\n", "2026-01-20", "南宁市")]
    assert names == ["出动警力", "出动警车"]


def test_a_place_inside_a_title_won_is_not_where_the_next_figures_are():
    text = "市法院召开会议。\n市法院获评第十二届广西壮族自治区文明单位，14个集体、37名个人获市级以上表彰。\n"
    found = drafted(text, "2026-01-20", "南宁市")
    assert [(r["region"], r["value"]) for r in found] == [("南宁市", 14), ("南宁市", 37)]


def test_news_of_a_session_s_reports_in_april_reviews_the_year_closed_and_its_dateline_opens_no_part():
    text = (
        "市七届人大五次会议举行第二次全体会议\n听取“两院”工作报告\n某某日报\n2025年04月12日\n"
        "全市法院受理各类案件12.6万件，审结11.9万件。2025年，市中级人民法院将围绕中心工作提供司法保障。\n"
    )
    found = drafted(text, "2025-04-12", "南宁市")
    assert [(r["value"], r["period"], r["status"]) for r in found] == [(126000, "2024", "actual"), (119000, "2024", "actual")]


def test_a_dateline_in_the_year_after_the_one_reviewed_opens_no_part_of_goals():
    text = "某某新闻\n某某日报\n2026年01月10日\n全市刑事警情下降12%。全市新建警务站6个。\n"
    found = drafted(text, "2026-01-10", "南宁市")
    assert [(r["value"], r["period"], r["status"]) for r in found] == [(-12, "2025", "actual"), (6, "2025", "actual")]


def test_a_photo_s_caption_carries_its_place_to_no_later_figure():
    text = "市检察院公益诉讼工作综述\n3.jpg\n(武鸣区检察院检察官在河道现场取证)\n全年办理生态环境公益诉讼案件41件，督促清理垃圾1200吨。\n"
    found = drafted(text, "2026-01-20", "南宁市")
    assert [(r["region"], r["value"]) for r in found] == [("南宁市", 41), ("南宁市", 1200)]


def test_a_newspaper_s_dateline_is_no_figure_but_a_one_line_brief_is():
    text = "某某日报/2025 年/1 月/17 日/第 002 版要闻\n市中级人民法院工作报告\n2025年1月5日全市法院审结案件1200件\n"
    assert [(r["value"], r["unit"]) for r in drafted(text, "2025-01-17", "南宁市")] == [(1200, "件")]


def test_a_city_bureau_s_branch_in_the_header_is_the_page_s_county():
    text = "科技赋能 平安升级\n南宁市公安局青秀分局用实际行动守护平安\n青秀分局全年刑事警情下降21%。\n"
    assert [r["region"] for r in guessed(text, "2026-01-20")] == ["南宁市青秀区"]
    text = "市公安局江南分局召开会议。\n全年刑事警情下降21%。\n"
    assert [r["region"] for r in guessed(text, "2026-01-20")] == ["南宁市江南区"]


def test_a_caseload_named_by_its_action_alone_is_of_those_counted_per_head_before_it():
    text = "区法院召开会议。\n员额法官人均收案512件，人均结案470件；挂职干部人均收案96件，结案90件。\n"
    found = drafted(text, "2026-01-20", "南宁市")
    assert [r["name"] for r in found] == ["员额法官人均收案", "员额法官人均结案", "挂职干部人均收案", "挂职干部人均结案"]
    assert "name-from-earlier-clause" in found[3]["review"]


def test_times_and_days_are_named_for_what_they_were_of():
    text = "市公安局召开会议。\n全年累计86天零命案，并通过4次集中返还活动发还涉案资金300余万元。全年召开3次联席会议。\n"
    names = [r["name"] for r in drafted(text, "2026-01-20", "南宁市")]
    assert names[:2] == ["零命案天数", "集中返还活动"] and names[-1] == "联席会议"


def test_successes_named_by_the_deed_alone_are_of_what_the_deed_was_tried_on():
    text = "区法院召开会议。\n诉前调解案件8600件、调解成功3900件。\n"
    found = drafted(text, "2026-01-20", "南宁市")
    assert [r["name"] for r in found] == ["诉前调解案件", "诉前调解成功案件"]
    assert "name-from-earlier-clause" in found[1]["review"]


def test_what_is_done_to_the_cases_said_before_is_named_before_them():
    text = "区法院召开会议。\n全年受理各类案件9800件、审结9100件；受理刑事案件680件，结案610件。\n"
    names = [r["name"] for r in drafted(text, "2026-01-20", "南宁市")]
    assert names == ["受理各类案件", "审结各类案件", "受理刑事案件", "刑事案件结案"]


def test_a_court_s_counts_named_by_their_action_alone_are_of_cases():
    text = "市法院召开会议。\n全市法院受理案件5.1万件，办结4.8万件。市法院受理6100件，审结5900件。\n"
    names = [r["name"] for r in drafted(text, "2026-01-20", "南宁市")]
    assert names == ["法院受理案件", "法院办结案件", "市法院受理案件", "市法院审结案件"]  # (each done by the body that opened its sentence)


def test_a_shared_measure_of_industry_and_a_word_of_time_leave_a_list_s_names_whole():
    text = "市政府召开会议。\n去年，全市传统优势产业、新兴产业规模以上工业增加值分别增长6.4%、12.1%。全市地区生产总值已经达到3100亿元。\n"
    assert [r["name"] for r in drafted(text)] == ["传统优势产业规模以上工业增加值", "新兴产业规模以上工业增加值", "地区生产总值"]


def test_deeds_listed_before_one_noun_they_share_keep_the_list():
    names = [r["name"] for r in drafted("市政府召开会议。\n全年签约、开工项目86个。\n")]
    assert names == ["签约、开工项目"]
    # a deed with its doer before 、 is a clause of its own (建设外贸优品库、精准服务企业…)
    assert [r["name"] for r in drafted("市政府召开会议。\n建设跨境电商产业园、精准服务企业1200余家。\n")] == ["精准服务企业"]


def test_an_estimate_of_the_year_the_page_looks_back_on_is_a_figure_and_a_later_year_s_is_not():
    text = "县政府工作报告。\n预计2025年，全县地区生产总值完成96.3亿元，年均增速达到7%。\n"
    found = drafted(text, "2025-12-20", "陵川县")
    assert [(r["name"], r["value"], r["period"]) for r in found] == [("地区生产总值", 9630000000, "2025"), ("地区生产总值", 7, "2021/2025")]
    assert drafted("县政府工作报告。\n预计2027年，全县地区生产总值突破120亿元。\n", "2025-12-20", "陵川县") == []


def test_a_streak_s_period_is_labelled_by_its_own_words():
    found = drafted("市检察院工作报告。\n全市连续五年“信访事项件件有回复”保持100%。\n", "2025-12-31")
    assert [(r["value"], r["period"], r["period_label"]) for r in found] == [(5, "2021/2025", "连续五年"), (100, "2025", "2025年")]


def test_a_title_won_on_a_page_of_no_sections_is_of_the_year_the_date_looks_back_on():
    found = draft("市政府召开新闻发布会。\n全市获评全国禁毒示范城市。\n", "2026-01-20", "兰州市", PLACES).honours
    assert [(h["name"], h["year"], h["review"]) for h in found] == [("全国禁毒示范城市", 2025, ["period-from-date"])]
    found = draft("市政府召开新闻发布会。\n2024年，全市获评全国禁毒示范城市。\n", "2026-01-20", "兰州市", PLACES).honours
    assert [(h["year"], h["review"]) for h in found] == [(2024, None)]  # (a year said is the year)


def test_a_change_against_a_year_said_runs_over_the_years_after_it():
    text = "市公安局召开新闻发布会。\n2025年，全市刑事案件、八类案件起数较2022年分别下降41.3%、30.6%。全市吸毒人员较2020年底下降58%。\n"
    assert [(r["value"], r["period"]) for r in drafted(text)] == [(-41.3, "2023/2025"), (-30.6, "2023/2025"), (-58, "2021/2025")]
    # a change on last year (比上年) stays the year's
    assert [r["period"] for r in drafted("市公安局召开新闻发布会。\n2025年，全市刑事案件比上年下降8%。\n")] == ["2025"]


def test_a_page_that_speaks_as_a_county_city_or_province_is_about_a_place_of_that_level():
    # a county's report that names its province as often as itself
    text = "2025年，我县认真落实云南省委的部署，法治政府建设取得新成效。\n印发《华宁县法治宣传方案》，培训干部3110余人次。\n"
    assert {r["region"] for r in guessed(text, "2026-02-05")} == {"华宁县"}
    # a city's news page: 福建、福州 once each
    text = "政府工作报告提出全市主要预期目标\n落实对福建、福州工作的重要讲话精神，今年地区生产总值增长5.5%左右。\n"
    assert {r["region"] for r in guessed(text, "2026-01-20")} == {"福州市"}
    # a province's page that names its capital more often than itself
    text = "广东公安年度成果：全省刑事立案下降10.2%。\n广州、广州南站、广州白云机场安保有序，广东交通事故亡人数下降11.2%。\n"
    assert {r["region"] for r in guessed(text, "2026-01-09")} == {"广东省"}


def test_a_county_s_short_form_that_is_the_start_of_a_common_word_is_no_place():
    text = "2025年，全县网上可办率和政务服务事项编目覆盖率均达100%。\n"
    assert {r["region"] for r in drafted(text, "2026-01-15", "陇西县")} == {"陇西县"}  # (not 和政县)


def test_a_list_flattened_into_one_line_with_dashes_and_note_numbers_is_read_item_by_item():
    text = (
        "公安工作年度成果 - 2025年全省刑事立案在2024年大幅下降的基础上再下降10.2% [1] 专项打击与安全管理 "
        "- 确保端午龙舟赛等6952场大型活动安全有序 - “一码通办”服务553.7万人次 [2]\n"
    )
    found = drafted(text, "2026-01-09", "广东省")
    assert [(r["name"], r["value"], r["period"]) for r in found] == [
        ("刑事立案", -10.2, "2025"), ("大型活动安全有序", 6952, "2025"), ("“一码通办”服务", 5537000, "2025"),
    ]
    assert found[0]["quote"] == "2025年全省刑事立案在2024年大幅下降的基础上再下降10.2%"
    # a note's number inside a sentence is only left out
    (rec,) = drafted("2025年，四大主导产业[2]占GDP比重达到67%。\n", "2026-01-20", "海南省")
    assert rec["name"] == "四大主导产业占GDP比重" and rec["quote"] == "四大主导产业[2]占GDP比重达到67%"


def test_a_year_on_year_change_in_a_five_year_review_is_the_last_year_s():
    text = "省公安厅召开“十四五”成就发布会。\n“十四五”期间，全省刑事案件总量较五年前下降46%，现行命案发案同比下降21.3%。\n"
    assert [(r["value"], r["period"]) for r in drafted(text, "2025-10-29", "甘肃省")] == [(-46, "2021/2025"), (-21.3, "2025")]


def test_a_streak_after_the_year_it_runs_since_ends_in_the_year_the_date_looks_back_on():
    text = "市公安局召开新闻发布会。\n2022年以来，全市电信网络诈骗发案数连续3年下降。\n"
    assert [r["period"] for r in drafted(text, "2026-01-09")] == ["2023/2025"]


def test_a_sum_said_with_gong_ji_after_a_count_is_named_for_the_count_s_noun_not_ji():
    found = drafted("市公安局召开会议。\n现场集中返还62笔涉诈资金，共计860余万元。\n", "2025-12-09")
    assert [r["name"] for r in found] == ["现场集中返还", "现场集中返还"] and "name-from-earlier-clause" in found[1]["review"]


def test_a_sum_since_a_year_runs_from_that_year_to_the_date():
    text = "全市反诈工作成效明显。\n\n■ 8.36亿元\n\n■ 2020年以来，全市电诈案件追赃挽损数达8.36亿元\n"
    assert [(r["value"], r["period"]) for r in drafted(text, "2025-12-10", "金华市")] == [(836000000, "2020/2025")]


def test_things_counted_before_what_was_done_to_them_are_named_by_the_deed():
    text = "县政府法治政府建设报告。\n对36个单位采取书面督察，对12个行政执法单位同步开展现场检查。\n"
    names = [r["name"] for r in drafted(text, "2026-02-05", "华宁县")]
    assert names == ["采取书面督察的单位", "开展现场检查的行政执法单位"]  # (同步: how, no part of the deed)


def test_a_figure_told_twice_is_kept_where_first_told_when_the_first_line_is_the_story():
    text = (
        "本报讯 12月10日下午，某某市公安局在市民中心举行全市通讯网络诈骗案件涉案资金集中返还新闻发布会，"
        "对295笔涉案资金进行了集中返还，返还资金2384万元，到场群众纷纷致谢。\n"
        "据介绍，全市破获电诈案件1142起。\n今天，返还资金2384万元。\n"
    )
    found = [r for r in draft(text, "2021-12-10", "扬州市", PLACES).indicators if r["value"] == 23840000]
    assert len(found) == 1 and found[0]["span"][0] < 100  # (the first line's, not the repeat)


def test_counts_after_a_named_case_or_gang_may_be_that_case_s():
    text = "全市起诉诈骗犯罪57人，办理“以房骗贷”案。成功破获“4.01特大婚恋交友诈骗”案，抓获犯罪嫌疑人510名。"
    found = draft(text, "2021-12-10", "扬州市", PLACES).indicators
    assert [("one-case" in (r["review"] or []), r["value"]) for r in found] == [(False, 57), (True, 510)]
