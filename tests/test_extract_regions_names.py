"""Two rules of whole reports: 全国 in a comparison is no place, and a name holds no earlier figure."""

from __future__ import annotations

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder
from govfacts.extract.nouns import clean_name

PLACES = PlaceFinder.from_gazetteer()


def name_flags(record: dict) -> list[str] | None:
    """A drafted record's review codes about its name (a sentence alone never says its year)."""
    return [c for c in record["review"] or [] if not c.startswith("period-")] or None


def indicators(text: str) -> list[tuple[str | None, str, float]]:
    return [(r["region"], r["name"], r["value"]) for r in draft(text, "2026-01", "江西省", PLACES).indicators]


def test_a_comparison_with_the_nation_keeps_the_figure_in_the_province():
    found = indicators("全省规上工业增加值增长7.1%，高于全国1.2个百分点。")
    assert {region for region, _name, _value in found} == {"江西省"}
    assert indicators("新增全国乡村治理示范村12个。")[0][0] == "江西省"
    assert indicators("全国居民消费价格上涨0.3%。")[0][0] == "中国"  # the nation as the subject
    assert indicators("办理全国人大代表建议310件。")[0][0] == "江西省"  # a word of a name
    assert indicators("第四次全国文物普查新发现文物1.2万处。")[0][0] == "江西省"


def test_a_name_never_holds_an_earlier_figure_of_its_clause():
    assert clean_name("地方政府债券额度2100亿元、支持新开工项目", []) == "支持新开工项目"
    assert clean_name("社会物流总费用与生产总值的比率从", []) == "社会物流总费用与生产总值的比率"
    assert clean_name("城市人口占比由", []) == "城市人口占比"


def test_a_cut_is_a_fall_and_its_verb_leaves_the_name():
    found = indicators("全省涉企检查事项精简21.5%，审批时限压缩40%，职工医保家庭共济金额12亿元。")
    assert found == [("江西省", "涉企检查事项", -21.5), ("江西省", "审批时限", -40), ("江西省", "职工医保家庭共济金额", 1200000000)]


def test_a_slight_fall_or_rise_is_still_a_fall_or_rise():
    found = indicators("全省居民消费价格微降0.1%，工业生产者出厂价格下跌2.1%，城镇新增就业微增0.5%。")
    assert found == [("江西省", "居民消费价格", -0.1), ("江西省", "工业生产者出厂价格", -2.1), ("江西省", "城镇新增就业", 0.5)]


def test_the_change_words_are_one_list():
    from govfacts.chinese import lexicon, numbers
    from govfacts.extract import changes

    assert set(lexicon.FALL_WORDS) <= set(numbers._FALLING) and set(lexicon.FALL_WORDS) <= set(changes.DECREASE)


def test_a_province_s_report_names_a_city_for_one_sentence_only():
    found = indicators("九江获批国家物流枢纽，港口吞吐量2.1亿吨。全省高速公路里程突破7000公里。")
    assert [region for region, _n, _v in found] == ["九江市", "江西省"]


def test_kinds_of_town_and_destinations_are_no_places():
    found = indicators("新增省级中心镇12个、培育镇30个，建成南昌至九江等3条高速公路。")
    assert {region for region, _n, _v in found} == {"江西省"}


def test_a_gap_to_the_nation_is_the_gap_in_the_growth_rate_before_it():
    found = [(r["name"], r["value"], r["unit"], r["basis"]) for r in draft(
        "全省服务业增加值增长6.2%，高于全国0.8个百分点；出口增长2.1%，低于全国平均0.4个百分点。", "2026-01", "江西省", PLACES
    ).indicators]
    assert found == [
        ("服务业增加值", 6.2, "%", None), ("服务业增加值增速", 0.8, "个百分点", "全国"),
        ("出口", 2.1, "%", None), ("出口增速", -0.4, "个百分点", "全国平均"),
    ]


def test_a_gap_said_with_its_own_rate_names_the_rate_and_takes_the_comparison_as_basis():
    def gaps(text: str) -> list[tuple[str, float, str, str | None, str]]:
        found = draft(text, "2026-01", "江西省", PLACES).indicators
        return [(r["name"], r["value"], r["unit"], r["basis"], r["measure"]) for r in found]

    assert gaps("全省工业投资增速高于全国2.6个百分点。") == [("工业投资增速", 2.6, "个百分点", "全国", "change")]
    assert gaps("出口、进口增速分别低于全国1.5个、0.5个百分点。") == [
        ("出口增速", -1.5, "个百分点", "全国", "change"), ("进口增速", -0.5, "个百分点", "全国", "change"),
    ]  # 百分点 said once after the list holds for each figure of it
    assert gaps("研发经费投入强度较全国平均水平高出0.4个百分点。") == [
        ("研发经费投入强度", 0.4, "个百分点", "全国平均", "change"),
    ]
    assert gaps("居民收入增速快于2024年0.9个百分点。") == [("居民收入增速", 0.9, "个百分点", "2024年", "change")]
    assert gaps("新建学校3个、幼儿园5个。")[0][2] == "个"  # counts stay counts


def test_a_count_of_people_in_wan_counts_people():
    found = [(r["value"], r["unit"]) for r in draft(
        "全年帮助35万困难群众稳定就业，“赣服通”用户突破4000万，建成水库3座。", "2026-01", "江西省", PLACES
    ).indicators]
    assert found == [(350000, "人"), (40000000, "人"), (3, "座")]


def test_one_report_into_a_folder_named_with_a_slash_or_existing(tmp_path, monkeypatch):
    from conftest import run

    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text("2025年，九江市地区生产总值增长6.1%。\n", encoding="utf-8")
    r = run("extract", "r.txt", "-o", "drafts/")
    assert r.code == 0, r.err
    assert (tmp_path / "drafts" / "r.toml").is_file() and (tmp_path / "drafts" / "sources" / "r.txt").is_file()
    assert not (tmp_path / "sources").exists()  # nothing written beside the folder
    (tmp_path / "there").mkdir()
    assert run("extract", "r.txt", "-o", "there").code == 0 and (tmp_path / "there" / "r.toml").is_file()
    assert run("check", "--data", "shipped", "--data", "drafts").code == 0


def test_how_a_plan_is_laid_out_is_no_figure():
    found = indicators("《纲要》提出28项主要指标，其中20个预期性指标、8个约束性指标，部署12个方面的重点任务。新建学校30所。")
    assert [(v, name) for _r, name, v in found] == [(30, "新建学校")]


def test_a_qualifier_said_once_after_a_list_holds_for_each_and_quarters_are_a_unit():
    found = [(r["name"], r["value"], r["unit"], r["qualifier"]) for r in draft(
        "城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。治安案件连续6个季度下降。", "2026-01", "江西省", PLACES
    ).indicators]
    assert found[:2] == [("城镇居民人均可支配收入", 4.5, "%", "about"), ("农村居民人均可支配收入", 5.5, "%", "about")]
    assert found[2][1:3] == (6, "个季度") and not found[2][0].endswith("连续")


def test_a_threshold_before_a_count_is_part_of_its_name_not_a_figure():
    assert [(n, v) for _r, n, v in indicators("全省签约投资超20亿元产业项目31个。")] == [("签约投资超20亿元产业项目", 31)]
    assert [(n, v) for _r, n, v in indicators("营收超百亿元的县域增至9个。")] == [("营收超百亿元的县域", 9)]
    assert [(n, v) for _r, n, v in indicators("集体经营性收入30万元以上的村占比达到58%。")] == [
        ("集体经营性收入30万元以上的村占比", 58)
    ]
    # an amount that is a fact of its own, and counts of counts, stay figures
    assert [v for _r, _n, v in indicators("全年完成投资超800亿元，带动就业3万人。")] == [80000000000, 30000]
    assert [v for _r, _n, v in indicators("港口通达40多个国家的120多个港口。")] == [40, 120]


def test_a_figure_named_only_by_an_aspect_or_a_span_of_years_is_about_the_noun_before_it():
    assert [n for _r, n, _v in indicators("税收收入增长3.1%，总量首次突破800亿元。")] == ["税收收入", "税收收入总量"]
    assert [n for _r, n, _v in indicators("光伏装机增至560万千瓦、占比达到38%。")] == ["光伏装机", "光伏装机占比"]
    assert [n for _r, n, _v in indicators("生产总值达到3.6万亿元、稳居全国前十五、增长5.1%。")] == ["生产总值"] * 2
    assert [n for _r, n, _v in indicators("改造老旧小区620个、惠及8万余户。")] == ["改造老旧小区", "改造老旧小区惠及户数"]
    assert [n for _r, n, _v in indicators("研发投入强度达到2.9%、5年提高0.8个百分点。")] == ["研发投入强度"] * 2
    assert [n for _r, n, _v in indicators("城镇居民人均可支配收入实际增长4.9%。")] == ["城镇居民人均可支配收入"]
    assert [n for _r, n, _v in indicators("粮食总产量达到650亿斤，其中夏粮总量180亿斤。")] == ["粮食总产量", "夏粮总量"]


def test_a_streak_is_named_by_what_held_and_of_what():
    assert [(n, v) for _r, n, v in indicators("森林覆盖率达63.1%、连续12年居全国首位。")] == [
        ("森林覆盖率", 63.1), ("森林覆盖率居全国首位", 12)
    ]
    assert [(n, v) for _r, n, v in indicators("森林覆盖率连续12年居全国首位、达63.1%。")] == [
        ("森林覆盖率居全国首位", 12), ("森林覆盖率", 63.1)
    ]
    assert [n for _r, n, _v in indicators("油菜种植面积连续6年全国第一。")] == ["油菜种植面积全国第一"]
    assert [n for _r, n, _v in indicators("粮食总产量连续5年稳定在400亿斤以上。")] == [
        "粮食总产量稳定在400亿斤以上", "粮食总产量"
    ]


def test_things_counted_before_a_predicate_are_named_as_those_that_did_it():
    assert [n for _r, n, _v in indicators("全年9条高速公路建成通车。")] == ["建成通车的高速公路"]
    assert [n for _r, n, _v in indicators("12家农商银行完成改制。")] == ["完成改制的农商银行"]
    assert [n for _r, n, _v in indicators("75%的县级医院达到三级医院水平。")] == ["达到三级医院水平的县级医院占比"]
    # a count with no predicate after its noun keeps the noun
    assert [n for _r, n, _v in indicators("全省建成312个乡镇综治中心。")] == ["乡镇综治中心"]
    # examples named before the count do not change that
    assert [n for _r, n, _v in indicators("南环线等6条城市快速路建成通车。")] == ["建成通车的城市快速路"]
    assert [n for _r, n, _v in indicators("东岭、西岭等3座水库完成除险加固。")] == ["完成除险加固的水库"]
    # taking part is a predicate too; how eagerly is not part of it
    assert [n for _r, n, _v in indicators("全县310个志愿团队参与到河道巡护当中。")] == ["参与到河道巡护当中的志愿团队"]
    assert [n for _r, n, _v in indicators("86家律所踊跃参与法律援助。")] == ["参与法律援助的律所"]
    # falling to a level, studying on, being praised, being put forward are things the counted did
    assert [n for _r, n, _v in indicators("80%的尾矿库降至低风险等级。")] == ["降至低风险等级的尾矿库占比"]
    assert [n for _r, n, _v in indicators("60%的中职毕业生就读高职院校。")] == ["就读高职院校的中职毕业生占比"]
    assert [n for _r, n, _v in indicators("18个社区调解案例获司法部推介。")] == ["获司法部推介的社区调解案例"]
    assert [n for _r, n, _v in indicators("7件条例草案提请常委会审议。")] == ["提请常委会审议的条例草案"]
    assert [n for _r, n, _v in indicators("30个工业软件规模化应用。")] == ["规模化应用的工业软件"]
    # (an application is a noun where nothing says it was applied at scale)
    assert [n for _r, n, _v in indicators("迭代建设12个省级数字应用。")] == ["省级数字应用"]


def test_a_name_keeps_one_relative_clause_and_drops_a_nested_one():
    assert [n for _r, n, _v in indicators("有对外投资的民营企业数量增长9%。")] == ["有对外投资的民营企业数量"]
    assert [n for _r, n, _v in indicators("侦破的由团伙实施的盗窃案件下降12%。")] == ["盗窃案件"]


def test_the_verb_of_winning_is_no_part_of_a_streak():
    found = draft("吉安市夺得平安市创建“十连冠”。", "2026-01", "江西省", PLACES).indicators
    assert [(r["region"], r["name"], r["value"], r["unit"]) for r in found] == [("吉安市", "平安市创建", 10, "年")]


def test_a_list_of_examples_before_what_is_counted_leaves_the_name():
    assert [n for _r, n, _v in indicators("汽车、电子、化工等6大产业集群贡献率达到55%。")] == ["6大产业集群贡献率"]
    assert [n for _r, n, _v in indicators("新增九江、赣州等国家文明城市2个。")] == ["新增国家文明城市"]
    assert [n for _r, n, _v in indicators("提高城乡低保标准、覆盖86万人。")] == ["提高城乡低保标准覆盖人数"]
    assert [n for _r, n, _v in indicators("盗窃、诈骗等案件下降5%。")] == ["盗窃、诈骗等案件"]  # the examples are the noun


def test_a_level_in_percent_then_its_gap_to_the_nation_is_the_gap_in_that_level():
    found = draft("机械化率达到88%、高于全国平均水平12.5个百分点。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], r["value"], r["basis"]) for r in found] == [("机械化率", 88, None), ("机械化率", 12.5, "全国平均")]


def test_a_cut_said_before_what_was_cut_is_a_fall_of_it():
    assert indicators("省直机关减少办公用房租金0.6亿元。") == [("江西省", "省直机关办公用房租金", -60000000)]
    assert [(n, v) for _r, n, v in indicators("重点事项办理平均减时间60%。")] == [("重点事项办理平均时间", -60)]
    assert [(n, v) for _r, n, v in indicators("全年减税降费800亿元。")] == [("减税降费", 80000000000)]  # a name, no cut
    assert [v for _r, _n, v in indicators("关闭压缩闲置应用35个。")] == [35]  # things counted, not a fall


def test_a_running_total_keeps_its_word():
    assert [n for _r, n, _v in indicators("中欧班列累计开行1.2万列。")] == ["中欧班列累计开行"]


def test_counts_listed_before_one_predicate_share_it_and_a_running_total_counts_the_same_things():
    assert [n for _r, n, _v in indicators("9所高校、21个学科入选国家一流学科建设名单。")] == [
        "入选国家一流学科建设名单的高校", "入选国家一流学科建设名单的学科"
    ]
    assert [n for _r, n, _v in indicators("新增专精特新企业120家、累计860家。")] == ["新增专精特新企业", "累计专精特新企业"]
    assert [(n, v) for _r, n, v in indicators("全网用电负荷超5000万千瓦天数达18天。")] == [("全网用电负荷超5000万千瓦天数", 18)]


def test_a_county_a_page_names_before_it_became_a_city_keeps_the_page_s_name():
    found = draft("2017年，澄江县受理群众来信来访1200件次。", "2017-10", None, PLACES).indicators
    assert [(r["region"], r["region_path"][-1], r["region_code"]) for r in found] == [("澄江县", "澄江县", "530481")]
    assert draft("2025年，澄江市接待游客300万人次。", "2025-10", None, PLACES).indicators[0]["region"] == "澄江市"


def test_what_is_done_with_cases_is_named_for_the_cases_said_before_it():
    found = draft("受理行政案件52件，结案40件，结案率为76.9%；受理执行案件300件，执结280件。", "2019", "江西省", PLACES)
    assert [r["name"] for r in found.indicators] == ["受理行政案件", "行政案件结案", "行政案件结案率", "受理执行案件", "执结执行案件"]


def test_a_figure_said_around_a_frame_is_named_for_its_subject_and_the_frame_s_own_for_what_it_speaks_of():
    found = [(n, v) for _r, n, v in indicators("外贸进出口在对美出口下降两成的情况下增长9%。")]
    assert found == [("对美出口", -20), ("外贸进出口", 9)] or found == [("外贸进出口", 9)]
    assert [(n, v) for _r, n, v in indicators("市属国企由40家整合为28家。")] == [("市属国企", 40), ("市属国企", 28)]
    assert [n for _r, n, _v in indicators("在外需承压的背景下，全省生产总值增长5.8%。")] == ["生产总值"]
    assert [n for _r, n, _v in indicators("全年新增就业12万人，在地就业的情况下。")] == ["新增就业"]


def test_a_name_that_reads_as_a_piece_of_a_clause_is_flagged():
    found = draft("我们将接续办好民生实事15件。", "2026-01", "江西省", PLACES).indicators
    assert name_flags(found[0]) == ["name-unclear"]


def test_a_name_that_ends_with_its_clause_s_predicate_is_flagged():
    found = draft("全市4个省级特色产业集群稳步壮大，乡镇卫生院顺利组建8家医共体分院。", "2026-01", "江西省", PLACES).indicators
    flags = [name_flags(r) for r in found]
    assert len(found) == 2 and flags == [["name-unclear"], ["name-unclear"]]
    (kept,) = draft("全面完成的民生实事有12件。", "2026-01", "江西省", PLACES).indicators
    assert name_flags(kept) is None  # (an adverb that opens a name only qualifies it)


def test_a_size_inside_a_name_and_a_rank_in_percent_are_no_figures():
    assert indicators("推进沿江1公里化工腾退地块修复。") == []
    assert indicators("打造百亿立方米天然气生产基地。") == []
    assert [v for _r, _n, v in indicators("5个学科进入ESI前1%。")] == [5]
    assert [v for _r, _n, v in indicators("安排财政资金50亿元加快项目落地建设。")] == [5000000000]  # money spent stays


def test_in_a_province_s_report_a_place_inside_an_earlier_clause_is_not_the_subject_of_the_next():
    found = indicators("依托赣州的稀土平台加快布局，高技术制造业增加值增长11.8%。")
    assert [(r, v) for r, _n, v in found] == [("江西省", 11.8)]
    assert indicators("赣州高技术制造业增加值增长11.8%。")[0][0] == "赣州市"


def test_one_figure_said_of_a_list_joined_by_and_holds_for_each():
    assert [(n, v) for _r, n, v in indicators("居民人均可支配收入和消费支出均增长5%。")] == [
        ("居民人均可支配收入", 5), ("消费支出", 5)
    ]


def test_an_annual_mean_level_keeps_its_word_and_no_basis():
    found = draft("PM2.5年均浓度降至28微克/立方米。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], r["basis"]) for r in found] == [("PM2.5年均浓度", None)]


def test_a_name_does_not_end_with_the_verb_or_adverb_that_states_its_figure():
    assert [n for _r, n, _v in indicators("平安江西建设实现“十连冠”。")] == ["平安江西建设"]
    assert [n for _r, n, _v in indicators("涉案房产终于以860万元成交。")] == ["涉案房产"]


def test_milestones_passed_are_no_figures_and_a_shared_tail_and_both_hold_for_each():
    assert [(n, v) for _r, n, v in indicators("地区生产总值连续迈上3个万亿元台阶、达6.2万亿元。")] == [("地区生产总值", 6200000000000)]
    assert [(n, v) for _r, n, v in indicators("地区生产总值迈上4万亿元台阶。")] == [("地区生产总值", 4000000000000)]
    assert [(n, v) for _r, n, v in indicators("住户存款、企业贷款余额双双突破5万亿元。")] == [
        ("住户存款余额", 5000000000000), ("企业贷款余额", 5000000000000)
    ]


def test_words_about_towns_are_no_towns_and_a_year_compared_with_is_no_period():
    found = draft("一、2025年工作回顾\n免费送戏下乡超8万场。培育30个省级重点专业镇。增速快于2024年1.8个百分点。\n"
                  "三、2026年重点工作\n主要预期目标是：增长5%。\n", "2026-02", "山西省", PLACES)
    assert {r["region"] for r in found.indicators} == {"山西省"}
    assert {r["period"] for r in found.indicators if r["status"] == "actual"} == {"2025"}


def test_an_aspect_with_no_figure_before_it_is_of_the_noun_of_the_clause_before():
    found = draft("经济总量连续跨过2个万亿元大关，占全国比重由2020年的3.1%提升至3.4%。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], r["value"]) for r in found] == [("经济总量占全国比重", 3.1), ("经济总量占全国比重", 3.4)]
    assert [n for _r, n, _v in indicators("经营主体持续壮大，总量达520万户。")] == ["经营主体总量"]
    assert [(n, v) for _r, n, v in indicators("原煤产量13亿吨、占全国近三成。")] == [("原煤产量", 1300000000), ("原煤产量占全国比重", 30)]
    assert [n for _r, n, _v in indicators("居民消费价格涨幅控制在2%左右。")] == ["居民消费价格涨幅"]


def test_a_bare_predicate_after_a_count_speaks_of_the_noun_counted_before_it():
    assert [n for _r, n, _v in indicators("全省重点水利项目开工56个、竣工41个。")] == ["重点水利项目开工", "重点水利项目竣工"]
    # a predicate with its own noun keeps its own name
    assert [n for _r, n, _v in indicators("全省重点水利项目开工56个、水库竣工41个。")] == ["重点水利项目开工", "水库竣工"]


def test_two_counts_joined_by_ji_each_name_the_noun_after_them():
    assert [n for _r, n, _v in indicators("全年建成1200个美丽乡村及350个特色小镇。")] == ["美丽乡村", "特色小镇"]
    # 惠及 is a verb, not a joiner: the name keeps what reached them
    assert [n for _r, n, _v in indicators("育儿补贴惠及38万名婴幼儿。")][0].startswith("育儿补贴惠及")


def test_jiejin_is_a_qualifier_and_leaves_the_name():
    found = draft("全省市场主体总量接近560万户。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], r["value"], r["qualifier"]) for r in found] == [("市场主体总量", 5600000, "about")]


def test_a_gap_with_any_named_rate_is_the_gap_of_the_rate_before_it():
    found = draft("农村居民收入增长6.1%、快于城镇居民1.5个百分点。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], r["value"], r["basis"]) for r in found] == [
        ("农村居民收入", 6.1, None), ("农村居民收入增速", 1.5, "城镇居民")
    ]


def test_a_measure_written_once_after_a_list_of_industries_is_each_one_s():
    names = [n for _r, n, _v in indicators("汽车、生物医药、新材料产业产值分别增长8.1%、9.5%、12%。")]
    assert names == ["汽车产业产值", "生物医药产业产值", "新材料产业产值"]


def test_places_counted_by_kind_are_named_by_what_the_clause_says_of_them():
    names = [n for _r, n, _v in indicators("全省11个县(市、区)、98个乡镇(街道)矛调中心实体化运行。")]
    assert names == ["县(市、区)矛调中心实体化运行", "乡镇(街道)矛调中心实体化运行"]
    names = [n for _r, n, _v in indicators("在12个国家、20个城市设立海外法律服务站。")]
    assert names == ["设立海外法律服务站的国家", "设立海外法律服务站的城市"]
    assert [n for _r, n, _v in indicators("全省5个县(市、区)荣获平安金鼎。")] == ["荣获平安金鼎的县(市、区)"]
    # a kind of place that only says whose things are counted leaves the count to the things
    assert [n for _r, n, _v in indicators("全省2.1万艘乡镇船舶全面纳管。")] == ["全面纳管的乡镇船舶"]
    assert [n for _r, n, _v in indicators("新增3个国家先进制造业集群。")] == ["新增国家先进制造业集群"]


def test_heads_of_one_shape_share_the_measure_written_after_the_last():
    names = [n for _r, n, _v in indicators("城镇居民、农村居民人均消费支出分别增长3.9%、6.2%。")]
    assert names == ["城镇居民人均消费支出", "农村居民人均消费支出"]


def test_counts_of_two_levels_share_the_noun_after_the_last():
    names = [n for _r, n, _v in indicators("建成6个国家级、15个省级现代农业产业园。")]
    assert names == ["国家级现代农业产业园", "省级现代农业产业园"]


def test_a_list_of_counts_shares_the_verb_that_says_what_its_first_counts():
    names = [n for _r, n, _v in indicators("累计创建国家级绿色工厂120个、绿色工业园区8个、零碳园区2个。")]
    assert names == ["累计创建国家级绿色工厂", "累计创建国家级绿色工业园区", "累计创建国家级零碳园区"]
    # an introducing verb is not shared
    names = [n for _r, n, _v in indicators("完成高标准农田建设120万亩、农村公路改造3000公里。")]
    assert names[1] == "农村公路改造"


def test_a_list_of_cases_and_gangs_shares_the_deed_its_first_item_opens_with():
    names = [n for _r, n, _v in indicators("全年共打掉涉黑组织3个、涉恶团伙17个，查处酒驾900起、醉驾210起。")]
    assert names == ["打掉涉黑组织", "打掉涉恶团伙", "查处酒驾", "查处醉驾"]


def test_a_later_item_with_a_deed_of_its_own_keeps_it():
    names = [n for _r, n, _v in indicators("新增市场主体4200户、引进重点项目36个、培育专精特新企业12家。")]
    assert names == ["新增市场主体", "引进重点项目", "培育专精特新企业"]


def test_an_adverb_before_the_change_leaves_the_name():
    assert indicators("民间投资逆势增长3.1%。") == [("江西省", "民间投资", 3.1)]


def test_expectations_held_and_life_expectancy_are_no_forecast():
    found = indicators("多措并举稳就业、稳预期，地区生产总值增长5.2%。人均预期寿命达到79.6岁。预计今年增长5%。")
    assert found == [("江西省", "地区生产总值", 5.2), ("江西省", "人均预期寿命", 79.6)]


def test_satellites_medals_rounds_and_soil_measures_are_figures():
    found = draft("卫星增至120颗，获得金牌30枚，应对8轮强降雨，耕层厚度达到21厘米、有机质26克/千克。", "2026-01", "吉林省", PLACES)
    assert [(r["value"], r["unit"]) for r in found.indicators] == [(120, "颗"), (30, "枚"), (8, "轮"), (21, "厘米"), (26, "克/千克")]
    assert found.indicators[-1]["name"] == "有机质"


def test_the_parts_after_qizhong_share_what_the_total_did():
    names = [n for _r, n, _v in indicators("全年净增经营主体12.4万户，其中企业3.1万户。")]
    assert names == ["净增经营主体", "净增企业"]
    found = indicators("市信访局受理的信访总量为240件次，其中来访96批次、网上信访31件次。")
    assert [n for _r, n, _v in found] == ["市信访局受理的信访", "市信访局受理来访", "市信访局受理网上信访"]
    # a part that says its own act, or a total that says none, is left as it is
    names = [n for _r, n, _v in indicators("接待游客1.2亿人次，其中接待入境游客80万人次。")]
    assert names == ["接待游客", "接待入境游客"]
    names = [n for _r, n, _v in indicators("一般公共预算收入800亿元，其中税收收入600亿元。")]
    assert names == ["一般公共预算收入", "税收收入"]
    # the breakdown ends with its sentence's clause
    names = [n for _r, n, _v in indicators("新增城镇就业8.2万人，其中高校毕业生2.1万人，城镇调查失业率5.1%。")]
    assert names == ["新增城镇就业", "新增高校毕业生", "城镇调查失业率"]


def test_a_bare_rate_after_a_count_is_the_rate_of_what_was_counted():
    names = [n for _r, n, _v in indicators("全年受理纠纷420件，调解成功415件，成功率达98.8%。")]
    assert names == ["受理纠纷", "调解成功", "调解成功率"]
    names = [n for _r, n, _v in indicators("新建安置房1.2万套，完成率达96%。")]
    assert names[1] == "完成率"


def test_a_list_item_named_by_its_level_alone_counts_the_same_things_at_that_level():
    names = [n for _r, n, _v in indicators("新增国家级专精特新企业36家、省级210家。")]
    assert names == ["新增国家级专精特新企业", "新增省级专精特新企业"]
    names = [n for _r, n, _v in indicators("累计创成全国文明村镇12个、省级95个。")]
    assert names[1] == "省级文明村镇"


def test_a_long_counted_name_is_never_cut_inside_a_word_but_flagged():
    text = "全市9个县被认定为国家义务教育优质均衡发展县。"
    (rec,) = draft(text, "2026-01", "江西省", PLACES).indicators
    assert rec["name"].endswith("优质均衡发展县") and name_flags(rec) == ["name-unclear"]


def test_a_place_that_only_begins_a_name_speaks_for_no_later_clause_of_a_province_s_report():
    found = indicators("南昌地铁4号线建成通车，基础设施投资增长6.2%。")
    assert found == [("江西省", "基础设施投资", 6.2)]
    found = indicators("赣州综合保税区封关运行，新开通国际货运航线12条。")
    assert [region for region, _n, _v in found] == ["江西省"]


def test_places_inside_the_names_of_mountains_ports_schools_and_quoted_brands_are_no_places():
    def regions(text: str, place: str) -> list[str | None]:
        return [r["region"] for r in draft(text, "2026-01", place, PLACES).indicators]

    assert regions("长白山旅游人数增长12%。", "吉林省") == ["吉林省"]  # not 白山市
    assert regions("宁波舟山港货物吞吐量增长5%。", "浙江省") == ["浙江省"]
    assert regions("杭州萧山国际机场旅客吞吐量增长9%。", "浙江省") == ["浙江省"]
    assert regions("“金芙蓉”基金规模突破500亿元。", "湖南省") == ["湖南省"]  # not 芙蓉区
    assert regions("宁波港口货物吞吐量增长5%。", "浙江省") == ["宁波市"]  # the city itself still counts


def test_a_province_s_report_reads_no_town_from_a_word_ending_in_xiang():
    found = indicators("实施赣台乡建乡创合作项目30个。")
    assert [region for region, _n, _v in found] == ["江西省"]


def test_xinzeng_and_leiji_lead_the_name_and_gelei_stays_in_it():
    names = [n for _r, n, _v in indicators("各项贷款新增6200亿元，发明专利授权量累计4.1万件，全省各类贷款余额达到5.2万亿元。")]
    assert names == ["新增各项贷款", "累计发明专利授权量", "各类贷款余额"]
    # 累计 before a change says how the change was reckoned: it leaves the name
    assert indicators("单位地区生产总值能耗累计下降13%。") == [("江西省", "单位地区生产总值能耗", -13)]


def test_new_starts_and_exits_said_after_the_noun_lead_its_name():
    names = [n for _r, n, _v in indicators("全省融资平台新退出27家，省重点项目新开工60个、新竣工31个。")]
    assert names == ["新退出融资平台", "新开工省重点项目", "新竣工省重点项目"]
    # a bare predicate after the first keeps the noun, not the first one's 新开工
    names = [n for _r, n, _v in indicators("全省重点水利项目新开工56个、竣工41个。")]
    assert names == ["新开工重点水利项目", "重点水利项目竣工"]


def test_a_list_said_respectively_ends_at_a_comma_before_another_unit():
    found = indicators("孵化器、众创空间分别达到52家、96家，2300人实现创业。")
    assert [(n, v) for _r, n, v in found][:2] == [("孵化器", 52), ("众创空间", 96)]
    assert found[2][2] == 2300 and found[2][1] != "孵化器、众创空间"


def test_two_names_and_two_figures_of_different_units_after_one_verb_pair_up():
    found = indicators("每千人口床位数、执业医师数增至7.2张、3.1人。")
    assert [(n, v) for _r, n, v in found] == [("每千人口床位数", 7.2), ("执业医师数", 3.1)]


def test_a_count_of_the_things_listed_before_it_is_named_by_what_follows_it():
    names = [n for _r, n, _v in indicators("新增赣州、上饶、九江3个过千亿元城市。")]
    assert names[0] == "新增过千亿元城市"
    # a list that is not as long as the count is no list of what it counts
    names = [n for _r, n, _v in indicators("新增赣州、上饶4个国家级开发区。")]
    assert names[0] != "新增国家级开发区"


def test_an_aspect_after_a_short_topic_sentence_is_the_topic_s():
    found = indicators("经营主体稳中向好。总量达520万户。")
    assert found == [("江西省", "经营主体总量", 5200000)]
    # a longer sentence before is no topic
    found = indicators("全省上下齐心协力推动经济运行稳中向好。总量达520万户。")
    assert found[0][1] == "总量"


def test_an_aspect_said_before_de_belongs_to_the_thing_after_it():
    found = indicators("总投资86亿元的赣州综合物流园项目开工建设。")
    assert [n for _r, n, _v in found] == ["赣州综合物流园项目总投资"]
    found = indicators("首期规模30亿元的省级产业引导基金设立运行。")
    assert [n for _r, n, _v in found] == ["省级产业引导基金首期规模"]


def test_counts_written_together_before_one_predicate_share_it():
    names = [n for _r, n, _v in indicators("9所高职院校15个专业群入选国家“双高计划”名单。")]
    assert names == ["入选国家“双高计划”名单的高职院校", "入选国家“双高计划”名单的专业群"]


def test_a_streak_of_titles_counts_years_or_editions():
    found = draft("平安江西建设实现“十六连冠”。江西体育代表团勇夺全运会“三连冠”。", "2026-01", "江西省", PLACES).indicators
    assert [(r["value"], r["unit"]) for r in found] == [(16, "年"), (3, "届")]
    # a streak of years runs back from the year it is told of; editions have no years to count
    found = draft("2025年，平安江西建设实现“十六连冠”，体育代表团勇夺全运会“三连冠”。", "2026-01", "江西省", PLACES).indicators
    assert [(r["unit"], r["period"]) for r in found] == [("年", "2010/2025"), ("届", "2025")]
    found = draft("2024年，吉安市夺得平安市创建“十连冠”。", "2026-01", "江西省", PLACES).indicators
    assert [(r["period"], r["period_label"]) for r in found] == [("2015/2024", "十连冠")]  # (labelled by the streak)


def test_a_count_of_measures_said_after_it_is_named_by_what_they_are_for_and_what_they_are():
    names = [n for _r, n, _v in indicators("出台促进民营经济发展壮大30条措施。推出优化营商环境12项举措，取得实效。")]
    assert names == ["促进民营经济发展壮大措施", "优化营商环境举措"]
    # a count whose noun goes on to say what was done is left to the other rules
    assert indicators("建成公共法律服务站点96个。")[0][1] == "公共法律服务站点"


def test_a_shared_verb_leaves_its_adverb_and_a_milestone_verb_leaves_the_name():
    names = [n for _r, n, _v in indicators("有序改造供水管网320公里、燃气管网150公里。")]
    assert names == ["有序改造供水管网", "改造燃气管网"]
    assert indicators("全省服务业增加值跨上万亿元台阶。") == [("江西省", "服务业增加值", 1000000000000)]


def test_a_count_of_days_after_a_share_is_of_the_days():
    found = indicators("设区市空气质量优良天数比例达到88.2%、增加9天。")
    assert [(n, v) for _r, n, v in found] == [("设区市空气质量优良天数比例", 88.2), ("设区市空气质量优良天数", 9)]


def test_a_count_of_things_of_a_size_names_them_by_it_and_the_size_is_no_figure():
    found = indicators("全省培育形成6个产业规模超千亿元。")
    assert found == [("江西省", "规模超千亿元的产业", 6)]


def test_the_bi_of_a_share_is_no_comparison():
    found = indicators("高新技术产业增加值占规上工业的比重提高到24.3%，出口比重提高2个百分点。")
    assert [n for _r, n, _v in found] == ["高新技术产业增加值占规上工业比重", "出口比重"]
    found = draft("一般公共预算收入比上年增长5%。", "2026-01", "江西省", PLACES).indicators
    assert (found[0]["name"], found[0]["basis"]) == ("一般公共预算收入", "比上年")


def test_jingzeng_leads_the_name_and_things_that_settled_somewhere_are_named_by_it():
    assert indicators("经营主体净增52万户。")[0][1] == "净增经营主体"
    assert indicators("6家国家级研发机构落户南昌。")[0][1] == "落户南昌的国家级研发机构"


def test_a_deed_before_a_count_leaves_where_the_things_counted_are():
    assert [n for _r, n, _v in indicators("全面排查城区范围内26个积水点位。")] == ["城区范围内积水点位"]
    assert [n for _r, n, _v in indicators("深入走访42家规上企业。")] == ["规上企业"]
    # a name that only begins like a deed, built from the words after the count, stays
    assert [n for _r, n, _v in indicators("东线等12个合作项目扎实落地。")] == ["扎实落地的合作项目"]


def test_a_pair_joined_by_he_inside_a_list_shares_its_own_ending():
    text = "小学入学率、初中巩固率、普通高中和职业高中毛入学率分别达到99.9%、98.1%、95.2%、60.3%。"
    found = [(r["name"], r["value"]) for r in draft(text, "2026-01", "江西省", PLACES).indicators]
    assert found == [
        ("小学入学率", 99.9), ("初中巩固率", 98.1), ("普通高中毛入学率", 95.2), ("职业高中毛入学率", 60.3),
    ]


def test_a_pair_of_characters_split_over_a_list_keeps_the_words_around_them_for_both():
    text = "全省银行业本外币存、贷款余额分别增长8.1%、9.2%；货物进、出口总额分别增长3.5%、6.0%。"
    found = [(r["name"], r["value"]) for r in draft(text, "2026-01", "江西省", PLACES).indicators]
    assert found == [
        ("银行业本外币存款余额", 8.1), ("银行业本外币贷款余额", 9.2), ("货物进口总额", 3.5), ("货物出口总额", 6.0),
    ]


def test_what_counted_things_did_after_their_noun_names_them():
    said = {
        "全年12个海关监管作业场所正式启用。": "正式启用的海关监管作业场所",
        "2.3万家企业实施数字化改造。": "实施数字化改造的企业",
        "5家省实验室重组入列。": "重组入列的省实验室",
        "80多项基层经验受到肯定和推广。": "受到肯定和推广的基层经验",
        "320家企业建立研发机构。": "建立研发机构的企业",
    }
    for text, name in said.items():
        assert [n for _r, n, _v in indicators(text)] == [name], text


def test_quanguo_that_opens_a_kind_of_title_stays_in_the_name_and_the_figure_in_its_place():
    assert indicators("获批建设3家全国重点实验室。") == [("江西省", "全国重点实验室", 3)]
    assert indicators("全省全国文明城市增至6个。")[0][:2] == ("江西省", "全国文明城市")
    assert [n for _r, n, _v in indicators("全国粮食产量增长1.2%。")] == ["粮食产量"]  # the nation as subject: no part of the name


def test_a_streak_of_a_title_won_is_the_place_s_and_keeps_an_aside_in_its_name():
    text = "全省火灾死亡人数下降9%，连续12年获全国食品安全（药品安全）评议优秀省。"
    found = [(r["name"], r["value"], r["unit"], name_flags(r)) for r in draft(text, "2026-01", "江西省", PLACES).indicators]
    assert found[1] == ("获全国食品安全(药品安全)评议优秀省", 12, "年", None)
    text = "森林覆盖率达61%，连续20年居全国首位。"  # a rank held is the figure before's
    assert [r["name"] for r in draft(text, "2026-01", "江西省", PLACES).indicators][1] == "森林覆盖率居全国首位"


def test_a_measure_with_nothing_to_say_what_it_measures_is_flagged_for_review():
    found = draft("签约重大项目120个。完成投资超500亿元。全市粮食总产量增长2%。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], name_flags(r)) for r in found] == [
        ("签约重大项目", None), ("投资", ["name-unclear"]), ("粮食总产量", None),
    ]


def test_a_quoted_title_that_lists_is_no_list_in_a_name():
    found = draft("“放管服、零跑腿”改革事项达到860项，城乡、区域差距缩小3%。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], name_flags(r)) for r in found] == [
        ("“放管服、零跑腿”改革事项", None), ("城乡、区域差距", ["name-unclear"]),
    ]


def test_a_verb_that_says_which_things_are_counted_stays_before_the_counted_noun():
    said = {
        "新建42所中小学校。": "新建中小学校",
        "引进260个先进制造业项目。": "引进先进制造业项目",
        "接待4500万人次游客。": "接待游客",
        "累计选派1200名科技特派员。": "累计选派科技特派员",
        "建成42所中小学校。": "中小学校",  # 建成 only says it was reached
    }
    for text, name in said.items():
        assert [n for _r, n, _v in indicators(text)] == [name], text


def test_a_list_shares_its_opening_verb_and_a_deed_gives_way_to_the_things_counted_after_it():
    said = {
        "新增国家森林乡村12个、省级森林城镇30个。": ["新增国家森林乡村", "新增省级森林城镇"],
        "新增就业48万人、城镇调查失业率4.9%。": ["新增就业", "城镇调查失业率"],  # a rate is never added
        "新建省级医学中心6个、紧密型县域医共体40个。": ["新建省级医学中心", "新建紧密型县域医共体"],
        "高质量办好15件民生实事。": ["民生实事"],
        "出台民营经济12条政策措施。": ["民营经济政策措施"],
    }
    for text, names in said.items():
        assert [n for _r, n, _v in indicators(text)] == names, text


def test_levels_listed_with_he_before_one_noun_each_take_the_noun():
    found = [n for _r, n, _v in indicators("建强3个国家级和18个省级临床医学研究中心。")]
    assert found == ["国家级临床医学研究中心", "省级临床医学研究中心"]


def test_a_figure_after_a_deed_joined_by_a_dunhao_names_what_it_measures_of_the_doer():
    said = {
        "滨海电厂二期建成投产、总装机达240万千瓦。": ["滨海电厂二期总装机"],
        "搭建跨境服务平台、精准服务企业3200余家。": ["精准服务企业"],
        "新建、改扩建学校120所。": ["新建、改扩建学校"],  # no deed before 、: a list, left for review
    }
    for text, names in said.items():
        assert [n for _r, n, _v in indicators(text)] == names, text


def test_a_long_share_named_with_its_whole_is_not_flagged_but_a_long_list_is():
    found = draft("全省高技术制造业增加值占规模以上工业增加值比重达到28.5%。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], name_flags(r)) for r in found] == [("高技术制造业增加值占规模以上工业增加值比重", None)]
    found = draft("新改扩建中小学、幼儿园120所。", "2026-01", "江西省", PLACES).indicators
    assert name_flags(found[0]) == ["name-unclear"]


def test_a_time_that_opens_a_policy_s_or_a_service_s_name_is_no_figure():
    assert indicators("全面落实240小时过境免签政策。") == []
    assert [n for _r, n, _v in indicators("建成15分钟便民生活圈86个。")] == ["15分钟便民生活圈"]
    assert [n for _r, n, _v in indicators("企业开办时间压缩至2小时。")] == ["企业开办时间"]


def test_a_place_inside_an_example_before_a_count_of_things_is_not_the_figure_s_place():
    found = draft("南昌航空材料等4个平台入选国家重点培育名单。", "2026-01", "江西省", PLACES)
    assert [(r["region"], r["value"]) for r in found.indicators] == [("江西省", 4)]
    assert [h["region"] for h in found.honours] == ["江西省"]
    assert indicators("南昌市新增企业500家。")[0][0] == "南昌市"


def test_a_later_measure_alone_in_a_list_measures_what_the_first_item_did():
    found = [n for _r, n, _v in indicators("光伏投资增长52%、装机规模增长31%、利用率96.2%。")]
    assert found == ["光伏投资", "光伏装机规模", "光伏利用率"]
    assert [n for _r, n, _v in indicators("实际利用外资18亿美元。")] == ["实际利用外资"]


def test_where_the_things_counted_came_to_stays_before_them():
    assert [n for _r, n, _v in indicators("赣江新区科创城落户62个项目。")] == ["赣江新区科创城落户项目"]


def test_a_later_item_that_says_what_the_subject_did_to_others_takes_that_subject():
    assert [n for _r, n, _v in indicators("市级产业引导基金规模达到80亿元、撬动社会资本260亿元。")] == [
        "市级产业引导基金规模", "市级产业引导基金撬动社会资本"
    ]
    assert [n for _r, n, _v in indicators("家电以旧换新带动销售额增长12%、惠及群众46万人次。")] == [
        "家电以旧换新带动销售额", "家电以旧换新惠及群众"
    ]
    # (an act inside a quoted title is no act of the subject's)
    assert [n for _r, n, _v in indicators("“揭榜挂帅、赛马争先”授权项目90项、认定团队35个。")][1] == "“揭榜挂帅、赛马争先”认定团队"
    # an item whose subject is the first item's own act keeps its name
    assert [n for _r, n, _v in indicators("培训农民工3万人次、带动就业1.2万人。")] == ["培训农民工", "带动就业"]


def test_how_far_a_thing_reaches_is_counted_in_what_it_reaches():
    assert [n for _r, n, _v in indicators("跨境电商业务拓展至36个国家和地区。")] == ["跨境电商业务国家和地区"]
    assert [n for _r, n, _v in indicators("“门诊慢特病”直接结算扩大到98家医院。")] == ["“门诊慢特病”直接结算医院"]


def test_shrinking_and_widening_are_changes_with_their_sign():
    found = draft("城乡收入差距缩小3%，服务贸易规模扩大12%。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], r["value"], r["measure"]) for r in found] == [
        ("城乡收入差距", -3, "change"), ("服务贸易规模", 12, "change"),
    ]


def test_a_word_that_begins_with_a_preposition_is_no_fragment():
    from govfacts.extract.doubts import looks_like_a_fragment

    assert not any(looks_like_a_fragment(n) for n in ("对外贸易额", "在建项目", "其他收入", "并购金额", "和美乡村"))
    assert all(looks_like_a_fragment(n) for n in ("对企业", "在全国", "其收入", "并实现"))
    # (what was done with a sum says nothing of what the sum was for)
    assert all(looks_like_a_fragment(n) for n in ("落实资金", "累计投入资金", "投资完成率"))
    assert not any(looks_like_a_fragment(n) for n in ("落实中央资金", "研发投入"))


def test_a_noun_between_two_figures_of_a_list_is_the_first_s():
    found = indicators("完成300万千瓦煤电机组、150万吨水泥产能、86台工业锅炉节能改造。")
    assert [(n, v) for _r, n, v in found][:2] == [("煤电机组", 3000000), ("水泥产能", 1500000)]


def test_a_counting_verb_before_a_latin_or_digit_name_is_shared_along_the_list():
    assert [n for _r, n, _v in indicators("全市新建5G基站2万个、充电桩8万个。")] == ["新建5G基站", "新建充电桩"]


def test_a_word_naming_two_things_at_once_is_split_over_the_figures_said_with_fenbie():
    assert [(n, v) for _r, n, v in indicators("城乡居民人均消费支出分别增长3.1%、6.2%。")] == [
        ("城镇居民人均消费支出", 3.1), ("农村居民人均消费支出", 6.2)
    ]
    assert [n for _r, n, _v in indicators("全市外贸进出口分别增长8%、2%。")] == ["外贸进口", "外贸出口"]
    assert [n for _r, n, _v in indicators("猪牛羊出栏分别增长2%、3%、4%。")] == ["猪出栏", "牛出栏", "羊出栏"]
    # (a word of two things does not split over three figures, nor where one figure holds for both)
    assert [n for _r, n, _v in indicators("城乡居民收入均增长5%。")] == ["城乡居民收入"]


def test_how_earnestly_or_again_a_thing_was_done_is_no_part_of_its_name():
    assert [n for _r, n, _v in indicators("认真办理政协委员提案316件。")] == ["办理政协委员提案"]
    assert [n for _r, n, _v in indicators("全省森林覆盖率再提高0.8个百分点。")] == ["森林覆盖率"]
    assert [n for _r, n, _v in indicators("60个城中村改造项目加快实施。")] == ["实施的城中村改造项目"]


def test_a_grade_opening_the_counted_noun_is_part_of_it_and_no_figure():
    assert [(n, v, u) for _r, n, v, u in [
        (r["region"], r["name"], r["value"], r["unit"]) for r in draft("开工建设甲乙、丙丁等9个500千伏输变电工程，建设4个5万吨级泊位。", "2026-01", "江西省", PLACES).indicators
    ]] == [("500千伏输变电工程", 9, "个"), ("5万吨级泊位", 4, "个")]
    assert [n for _r, n, _v in indicators("新建8个220千伏和110千伏变电站。")] == ["新建220千伏和110千伏变电站"]


def test_what_a_streak_held_is_no_name_for_the_count_after_it():
    found = indicators("连续6年提高最低工资标准、3次提高城乡居民医保补助。")
    assert [(n, v) for _r, n, v in found] == [("提高最低工资标准", 6), ("提高城乡居民医保补助", 3)]


def test_a_later_item_repeating_a_word_of_the_one_before_is_of_the_same_thing():
    found = indicators("风电光伏装机规模达到5200万千瓦、装机占比达到61%，新能源汽车产量增长20%、汽车出口增长5%。")
    assert [n for _r, n, _v in found] == ["风电光伏装机规模", "风电光伏装机占比", "新能源汽车产量", "汽车出口"]


def test_places_counted_before_what_of_theirs_did_it_are_those_places():
    assert [n for _r, n, _v in indicators("全省9个设区市空气质量全部达标。")] == ["空气质量全部达标的设区市"]
    # (a thing of a kind named by a place, 县医院, is no place counted)
    assert [n for _r, n, _v in indicators("80%的县医院达到二级甲等水平。")] == ["达到二级甲等水平的县医院占比"]


def test_list_numbers_and_doubling_are_no_part_of_a_name():
    assert [n for _r, n, _v in indicators("3.城镇新增就业12万人以上。")] == ["城镇新增就业"]
    assert [n for _r, n, _v in indicators("外贸进出口总额翻番达到860亿元。")] == ["外贸进出口总额"]


def test_a_deed_said_before_a_count_keeps_what_it_was_done_to():
    found = indicators("城乡教育共同体结对帮扶120所乡村学校，消费券发放政策惠及30万户家庭，山区水库调查发现3种新鱼类。")
    assert [n for _r, n, _v in found] == ["城乡教育共同体结对帮扶乡村学校", "消费券发放政策惠及家庭", "山区水库调查发现新鱼类"]


def test_an_ordinal_of_a_list_of_tasks_and_the_jiu_of_jiuye_are_read_right():
    found = indicators("三是新建20所幼儿园，四是改扩建15个养老服务中心，五是为高校毕业生提供2万个就业岗位。")
    assert [n for _r, n, _v in found] == ["新建幼儿园", "改扩建养老服务中心", "为高校毕业生提供就业岗位"]


def test_a_rate_held_for_years_by_the_only_place_is_the_rate_of_the_province():
    found = indicators("全省成为全国城市污水处理率连续三年保持100%的唯一省份。")
    assert found == [("江西省", "城市污水处理率保持100%", 3), ("江西省", "城市污水处理率", 100)]


def test_being_the_first_place_to_pass_a_mark_is_no_part_of_the_name():
    found = indicators("2025年，全省成为中部地区首个经济总量超过4万亿元的省份。")
    assert [(n, v) for _r, n, v in found] == [("经济总量", 4000000000000)]


def test_a_noun_counted_after_its_verb_is_the_first_figure_s_only():
    found = indicators("2025年，新增2个国家级特色产业集群、新入规加工企业25家，应对40个台风、60次强降雨。")
    assert [(n, v) for _r, n, v in found] == [
        ("新增国家级特色产业集群", 2), ("新入规加工企业", 25), ("台风", 40), ("强降雨", 60),
    ]


def test_a_project_s_yearly_output_is_part_of_its_name_not_a_figure():
    found = indicators("2025年，年产5万吨电池材料和3万吨正极材料项目顺利投产，全省粮食年产量达到600亿斤。")
    assert [(n, v) for _r, n, v in found] == [("粮食年产量", 60000000000)]


def test_the_nation_s_largest_is_a_superlative_of_the_province_s_thing():
    found = indicators("全国装机规模最大、总投资近900亿元的风光储基地开工建设。")
    assert [(r, v) for r, _n, v in found] == [("江西省", 90000000000)]


def test_you_of_organised_and_willing_stays_in_a_name():
    found = indicators("有组织劳务输出18万人次，有意愿特困人员集中供养率达100%。")
    assert [n for _r, n, _v in found] == ["有组织劳务输出", "有意愿特困人员集中供养率"]


def test_a_deed_on_counted_things_names_them_with_what_they_are_of():
    found = indicators("全省成功应对汛期12轮强降雨，持续推进首批15项重点改革，举办800场体育赛事、近百场大型演唱会。")
    assert [(n, v) for _r, n, v in found] == [("汛期强降雨", 12), ("首批重点改革", 15), ("体育赛事", 800), ("大型演唱会", 100)]
    assert [n for _r, n, _v in indicators("时隔40年再次获批建成3所本科高校。")] == ["本科高校"]


def test_people_a_deed_reached_are_counted_as_their_number():
    found = indicators("长期护理保险覆盖300万人，改造老旧小区惠及20万户，育儿补贴惠及120万名婴幼儿。")
    assert [n for _r, n, _v in found] == ["长期护理保险覆盖人数", "改造老旧小区惠及户数", "育儿补贴惠及婴幼儿"]


def test_a_verb_whose_object_is_elsewhere_is_flagged():
    recs = draft("困难群众救助每年安排100亿元以上，省政府承诺的12件民生实事全部兑现。", "2026-01", "江西省", PLACES).indicators
    assert [(r["name"], name_flags(r)) for r in recs] == [("困难群众救助每年安排", ["name-unclear"]), ("省政府承诺", ["name-unclear"])]


def test_zai_that_begins_a_word_stays_in_the_name():
    found = indicators("全省在建重大项目达到1200个，在校大学生超过120万人。")
    assert [n for _r, n, _v in found] == ["在建重大项目", "在校大学生"]


def test_a_place_s_name_before_a_port_or_airport_of_its_own_name_is_no_region():
    found = indicators("2025年，南昌昌北国际机场旅客吞吐量突破1500万人次，南昌市地区生产总值增长5%。")
    assert [(r, n) for r, n, _v in found] == [("江西省", "南昌昌北国际机场旅客吞吐量"), ("南昌市", "地区生产总值")]


def test_a_verb_that_modifies_the_counted_noun_is_not_what_the_things_did():
    found = indicators("2025年，120个计划新开工项目全部开工，15条高速公路建成通车。")
    assert [n for _r, n, _v in found] == ["全部开工的计划新开工项目", "建成通车的高速公路"]


def test_a_comma_inside_a_short_aside_in_parentheses_cuts_no_clause():
    found = indicators("2025年，信用评级AA级以上县（市、区）国企增至260家，AA级以上县（市，区）平台公司增至80家。")
    assert [n for _r, n, _v in found] == ["信用评级AA级以上县(市、区)国企", "AA级以上县(市,区)平台公司"]


def test_a_share_of_the_whole_place_s_total_is_of_the_noun_before():
    found = indicators("新能源装机5200万千瓦、占全省装机61%，出口规模1.2万亿元、占全国份额15%。")
    assert [n for _r, n, _v in found] == ["新能源装机", "新能源装机占全省装机比重", "出口规模", "出口规模占全国份额"]
    recs = draft("新能源装机5200万千瓦、占全省装机61%。", "2026-01", "江西省", PLACES).indicators
    assert [name_flags(r) for r in recs] == [None, None]  # (no list whose ending is shared)


def test_things_counted_that_broke_through_keep_the_breakthrough():
    found = indicators("2025年，210项关键核心技术获得突破，36项卡点攻关取得突破。")
    assert [n for _r, n, _v in found] == ["获得突破的关键核心技术", "取得突破的卡点攻关"]


def test_the_level_of_a_list_s_first_count_is_shared_by_the_later_ones():
    names = [n for _r, n, _v in indicators("建成省级以上智能工厂120个、数字化车间45个，新增国家级旅游度假区2个、4A级景区3个。")]
    assert names == ["省级以上智能工厂", "省级以上数字化车间", "新增国家级旅游度假区", "新增4A级景区"]
    # a clause that says the level again for some items says it only where it holds
    names = [n for _r, n, _v in indicators("新建省级研究院4个、省级实验室6个、创新联合体9个。")]
    assert names == ["新建省级研究院", "新建省级实验室", "新建创新联合体"]
    # a measure (产量) and things of a scope of their own (县域…) keep their own names
    names = [n for _r, n, _v in indicators("新增省级示范工厂30家、机器人产量突破900台，新建省级医疗中心6个、县域医共体12个。")]
    assert names == ["新增省级示范工厂", "新增机器人产量", "新建省级医疗中心", "新建县域医共体"]


def test_a_sum_said_alone_after_a_count_of_projects_is_theirs():
    found = indicators("实施省级重点项目420个、完成投资2600亿元。争取中央预算内投资项目52个、18.4亿元。")
    assert [n for _r, n, _v in found] == ["省级重点项目", "省级重点项目投资", "争取中央预算内投资项目", "争取中央预算内投资项目资金"]


def test_kinds_of_projects_are_counted_whole():
    found = indicators("全省386个省级重点实施类项目，完成投资1200亿元，占年度计划的108.5%。")
    assert [n for _r, n, _v in found] == ["省级重点实施类项目", "省级重点实施类项目投资", "省级重点实施类项目投资占年度计划比例"]


def test_a_share_of_the_year_s_plan_is_a_result_not_a_goal():
    rec = draft("全省重点项目完成投资1200亿元，占年度计划的108.5%。", "2026-01", "江西省", PLACES).indicators[-1]
    assert (rec["value"], rec["status"]) == (108.5, "actual")


def test_a_name_that_holds_a_clause_is_doubted():
    from govfacts.extract.doubts import unclear

    assert unclear("乡镇党政主要负责人进行了现场述法")
    assert unclear("学生在沉浸式体验中认清新型毒品的伪装套路")
    assert unclear("足迹遍及全县")
    assert not unclear("参加述法的主要负责人") and not unclear("在校学生")


def test_a_period_s_months_are_no_figure_and_a_deed_s_receiver_is_doubted():
    from govfacts.extract.doubts import unclear

    found = draft("近日，县公安局依法将今年前5个月追回的130万余元发还给15名受害群众。", "2022-06-06", "衢州", PLACES).indicators
    assert [r["unit"] for r in found] == ["元", "名"]
    assert unclear("县公安局依法将追回") and unclear("现金发还给")


def test_a_name_ending_in_a_level_or_a_figure_is_flagged():
    from govfacts.extract.doubts import unclear

    assert unclear("培育世界级") and unclear("创建千亿级") and unclear("赋予镇级") and unclear("输出345亿度") and unclear("总产值跨越3个")
    assert unclear("新增前1%学科")
    # a streak names what it held; a deed of upgrading ends in 级 too
    assert not unclear("群众安全感保持在98%以上") and not unclear("重点企业提质升级")


def test_tasks_of_the_rule_of_law_work_keep_it_and_what_was_done_to_them():
    found = draft("推动全面依法治县36项重点工作圆满完成。", "2026-01", "东莞市", PLACES).indicators
    assert found[0]["name"] == "圆满完成的全面依法治县重点工作"
    found = draft("推动12件民生实事圆满完成。", "2026-01", "东莞市", PLACES).indicators
    assert found[0]["name"] == "圆满完成的民生实事"


def test_a_name_cut_at_where_it_happened_is_flagged():
    from govfacts.extract.doubts import unclear

    assert unclear("法官和法官助理在全县") and unclear("范围内选聘")
    assert not unclear("在校学生")


def test_a_quoted_slogan_s_comma_cuts_no_clause_and_no_name_holds_it():
    found = draft("为全县8000余名学生开展“守护青春,法伴成长”普法进校园活动。", "2026-01", "东莞市", PLACES).indicators
    assert found[0]["name"] == "开展普法进校园活动的学生"
    assert "守护青春,法伴成长" in found[0]["quote"]
    found = draft("开展“守护青春,法伴成长”活动15场。", "2026-01", "东莞市", PLACES).indicators
    assert found[0]["name"] == "开展“守护青春 法伴成长”活动"


def test_short_kinds_joined_into_one_noun_are_no_list_to_doubt():
    from govfacts.extract.doubts import unclear

    assert not unclear("刑事、民事、行政案件") and not unclear("止付、冻结帐户")
    assert unclear("县工商联、县旅文局、县妇联设立调解委员会") and unclear("开展法治专题讲座、报告会")
    # (two deeds whose object is said after the figure: no noun they share)
    assert unclear("新建、重组") and unclear("守护、利用好") and not unclear("新建、改扩建基础教育学校")


def test_changes_said_of_the_figures_just_before_take_their_names_without_doubt():
    found = draft("城镇、农村居民人均可支配收入分别达到5.2万元、2.6万元，分别增长7.5%、8%。", "2025-01", "浙江省", PLACES).indicators
    assert [(r["name"], r["value"], "name-from-earlier-clause" in (r["review"] or [])) for r in found[2:]] == [
        ("城镇居民人均可支配收入", 7.5, False), ("农村居民人均可支配收入", 8, False),
    ]
    found = draft("受理1.26万件，化解1.19万件，其中调解成功的同比分别上升4.2%和3.9%。", "2025-01", "浙江省", PLACES).indicators
    assert all("list-not-split" in r["review"] for r in found[2:])


def test_court_deeds_written_apart_are_one_and_a_counted_noun_is_said_once():
    found = draft("全市法院审、执结各类案件8.6万件。制定5部地方性法规和2部政府规章。", "2022-02", "衢州", PLACES).indicators
    assert [r["name"] for r in found] == ["法院审执结各类案件", "制定地方性法规", "政府规章"]
    from govfacts.extract.doubts import unclear

    assert unclear("工作在全国")
    assert unclear("办结率") and unclear("满意度") and not unclear("政府信息公开申请办结率")


def test_a_share_said_bare_after_a_part_is_that_part_s_and_per_capita_words_are_no_figure():
    text = "全市查获吸毒人员151人，其中冰毒类121人，占80.1%。每10万人口在校大学生增长27%。拥有45万人口的县城，曾一度被纠纷所困扰。"
    found = draft(text, "2023-01", "衢州", PLACES).indicators
    assert [(r["name"], r["value"]) for r in found[:4]] == [
        ("查获吸毒人员", 151), ("冰毒类", 121), ("冰毒类占比", 80.1), ("每10万人口在校大学生", 27),
    ]
    # 人口 is no unit 人 and a noun 口; 一度 is "at one time", no count of times
    assert len(found) == 5 and found[4]["name"].startswith("人口") and found[4]["value"] == 450000


def test_a_comparison_opening_the_sentence_is_its_basis_and_a_title_s_place_is_no_subject():
    text = "保山市创建“云南省无毒示范县”，全市共破获毒品刑事案件119起。与2021年同期相比，分别下降32.8%、40.5%。"
    found = draft(text, "2023-01", None, PLACES).indicators
    assert found[0]["region"] == "保山市" and "region-elsewhere" not in (found[0]["review"] or [])
    assert [(r["name"], r["basis"]) for r in found[1:]] == [("", "与2021年同期相比")] * 2
    assert all("no-name" in r["review"] for r in found[1:])


def test_a_deed_said_after_what_was_counted_with_jinxing_names_both():
    found = draft("对9.8万个异常电话号码进行关停处置，对295笔、2384万元涉案资金进行了集中返还。", "2023-07", "衢州", PLACES).indicators
    assert [found[0]["name"], found[2]["name"]] == ["关停处置异常电话号码", "集中返还涉案资金"]


def test_counts_before_their_events_in_a_list_each_take_their_own():
    found = draft("通过开展6次中心组专题学习、2期读书班、9次支部集中学习研讨。", "2026-02", "衢州", PLACES).indicators
    assert [(r["name"], r["value"]) for r in found] == [("中心组专题学习", 6), ("读书班", 2), ("支部集中学习研讨", 9)]
