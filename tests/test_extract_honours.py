"""Honours: a title conferred on a place, read from the verb that confers it or the one that grants it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder
from govfacts.extract.honours import reads_as_title, title_name, titles_in

PLACES = PlaceFinder.from_gazetteer()
SHARED = Path(os.environ.get("GOVFACTS_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def honours(text: str, place: str = "浙江省") -> list[tuple[str | None, str]]:
    return [(h["region"], h["name"]) for h in draft(text, "2026-01", place, PLACES).honours]


def test_a_title_after_the_verb_that_confers_it():
    assert honours("嘉兴市荣获“国家森林城市”称号。") == [("嘉兴市", "国家森林城市")]
    assert honours("全省有9个县被认定为国家乡村振兴示范县。") == [("浙江省", "国家乡村振兴示范县")]
    assert honours("丽水市获批建设国家生态产品价值实现机制试点。") == [("丽水市", "国家生态产品价值实现机制试点")]


def test_a_title_before_the_verb_that_grants_it():
    assert honours("舟山全国海洋经济创新发展示范区获批。") == [("舟山市", "全国海洋经济创新发展示范区")]
    assert honours("国家海洋装备制造业中试平台获批，年内投运。") == [("浙江省", "国家海洋装备制造业中试平台")]


def test_each_place_named_before_the_verb_holds_the_title():
    assert honours("湖州、衢州双获“全国文明城市”。") == [("湖州市", "全国文明城市"), ("衢州市", "全国文明城市")]


def test_things_named_after_places_are_not_the_places():
    text = "金华火腿、龙泉青瓷2个传统产业入围国家级名单。"
    assert honours(text) == [("浙江省", "国家级名单")]


def test_a_list_of_titles_gives_one_each_and_a_list_of_grades_one():
    assert titles_in("国家医学中心(中医类)和3个国家区域医疗中心", True) == ["国家医学中心(中医类)", "国家区域医疗中心"]
    assert titles_in("国家领航级、卓越级智能工厂", False) == ["国家领航级、卓越级智能工厂"]
    assert titles_in("海铁联运集结中心、多式联运国家试点", True) == ["海铁联运集结中心", "多式联运国家试点"]


def test_verbs_of_events_take_a_title_only_when_it_names_its_conferring_body():
    assert honours("新建项目获批后开工。") == []
    assert honours("宁波港成为区域航运中心。") == []  # no body confers it
    assert honours("温州建成全国首个民营经济示范城市。") == [("温州市", "民营经济示范城市")]
    assert honours("新建成水库12座。") == []  # built, not designated


def test_plans_are_no_honours():
    assert honours("力争获评国家生态园林城市。") == []
    assert honours("积极争创国家级新区。") == []


def test_title_names_lose_batch_rank_count_and_quotation_marks():
    assert title_name("首批“国家级零碳园区”") == "国家级零碳园区"
    assert title_name("我省第3个世界灌溉工程遗产") == "世界灌溉工程遗产"
    assert title_name("全国文明城市称号") == "全国文明城市"
    assert not reads_as_title("发展", False) and reads_as_title("国家考古遗址公园", True)


@pytest.mark.skipif(not (SHARED / "reports" / "pages").is_dir(), reason="needs ../shared")
def test_a_whole_report_gives_its_honours_with_their_holders():
    """浙江省's report, as users hold it: the honours of its 2025 review, each with its place."""
    page = (SHARED / "reports" / "pages" / "浙江省.txt").read_text(encoding="utf-8")
    date = json.loads((SHARED / "reports" / "pages" / "dates.json").read_text(encoding="utf-8"))["浙江省"]
    found = {(h["region"], h["name"]) for h in draft(page, date, None, PLACES).honours}
    assert {("杭州市", "国际湿地城市"), ("温州市", "国际湿地城市"), ("浦江县", "国家考古遗址公园"),
            ("德清县", "全球重要农业文化遗产"), ("浙江省", "国家培育名单")} <= found
    assert not {r for r, n in found if n == "国家培育名单"} - {"浙江省"}  # 金华火腿 is no place


def test_a_verb_that_only_confers_takes_any_title_naming_its_body():
    assert honours("安吉县余村获评联合国最佳旅游乡村。") == [("安吉县", "联合国最佳旅游乡村")]
    assert honours("5家企业入选国家级专精特新重点小巨人企业。") == [("浙江省", "国家级专精特新重点小巨人企业")]
    assert honours("湖州市获国务院督查激励表扬。") == [("湖州市", "国务院督查激励表扬")]
    assert honours("项目入选后开工建设。") == []


def test_an_award_is_a_title_by_its_name_and_a_quoted_count_stays_in_it():
    assert honours("5部作品获文华奖。", "江苏省") == [("江苏省", "文华奖")]
    assert honours("9部文艺作品获得“五个一工程”奖。", "湖北省") == [("湖北省", "五个一工程奖")]
    assert honours("全年获得奖补资金3亿元。") == []


def test_one_of_a_first_batch_and_a_promotion_confer_a_title():
    assert honours("向海保护区成为全国首批5个国家公园之一。", "吉林省") == [("吉林省", "国家公园")]
    assert honours("净月潭景区晋升为国家5A级景区。", "吉林省") == [("吉林省", "国家5A级景区")]


def test_places_counted_after_their_names_each_hold_the_title():
    assert honours("潜江、松滋等10个县市获批国家新型城镇化试点。", "湖北省") == [
        ("潜江市", "国家新型城镇化试点"), ("松滋市", "国家新型城镇化试点")
    ]


def test_titles_said_respectively_go_one_to_each_holder():
    assert honours("宝鸡、咸阳分别成为国家制造业新型技术改造、中小企业数字化转型试点城市。", "陕西省") == [
        ("宝鸡市", "国家制造业新型技术改造试点城市"), ("咸阳市", "国家中小企业数字化转型试点城市")
    ]


def test_a_statistic_a_bare_kind_of_title_and_a_planned_one_are_no_honours():
    assert honours("成为中西部首个经济总量超过3万亿元的城市。", "重庆市") == []
    assert honours("获批国家试点。", "重庆市") == []
    assert honours("12部作品获得国家、国际大奖。", "重庆市") == []
    assert honours("入选国家级人才计划人数居全国前列。", "重庆市") == []
    assert honours("平安建设考核实现十一连冠。", "重庆市") == []
    report = "一、2025年工作回顾\n全市获批国家物流枢纽试点城市。\n三、2026年重点工作\n主要预期目标是：增长5%。全市获批国家综合交通枢纽示范城市。\n"
    assert [h["name"] for h in draft(report, "2026-01", "重庆市", PLACES).honours] == ["国家物流枢纽试点城市"]


def test_a_city_in_a_title_s_name_is_no_level():
    found = draft("全市入选全国城市更新行动示范城市。", "2026-01", "重庆市", PLACES).honours
    assert [(h["name"], h["level"]) for h in found] == [("全国城市更新行动示范城市", "国家级")]


def test_places_newly_holding_a_national_title_hold_it_and_companies_do_not():
    assert honours("新增九江、赣州等全国文明城市5个。", "江西省") == [("九江市", "全国文明城市"), ("赣州市", "全国文明城市")]
    assert honours("新增8个全国县域商业领跑县。", "江西省") == [("江西省", "全国县域商业领跑县")]
    assert honours("新增国家级专精特新企业212家。", "江西省") == []


def test_a_title_won_in_a_later_clause_goes_to_the_place_the_sentence_opened_with():
    text = "2025年，开化县深化基层治理改革，获评全国乡村治理示范县。"
    assert honours(text, "衢州市") == [("开化县", "全国乡村治理示范县")]


def test_on_a_city_s_page_a_county_s_section_holds_the_titles_its_later_sentences_name():
    text = "开化县 治理有新招\n开化县推行网格化治理，化解纠纷1200件。这一做法入选全省新时代“枫桥式工作法”。\n"
    (h,) = draft(text, "2026-01", "衢州市", PLACES).honours
    assert (h["region"], h["name"], h["review"]) == ("开化县", "全省新时代枫桥式工作法", ["region-carried", "period-from-date"])
    # the page's own place is no carried one: only its year, from the date, to review
    (h,) = draft("衢州市推行网格化治理。这一做法入选全省新时代“枫桥式工作法”。", "2026-01", "衢州市", PLACES).honours
    assert (h["region"], h["year"], h["review"]) == ("衢州市", 2025, ["period-from-date"])


def test_a_list_of_titles_drops_each_part_s_own_verb_and_reads_a_level_alone_as_the_first_title_at_it():
    assert honours("湖州荣获“五星平安金鼎”、三夺省“安全发展鼎”。") == [("湖州市", "五星平安金鼎"), ("湖州市", "省安全发展鼎")]
    found = honours("累计创成全国文明村镇15个、省级120个。", "湖州市")
    assert found == [("湖州市", "全国文明村镇"), ("湖州市", "省级文明村镇")]


def test_a_double_dash_ends_a_title_but_a_single_one_is_part_of_it():
    assert honours("湖州被授予首批“全国禁毒示范城市”——荣誉来之不易。") == [("湖州市", "全国禁毒示范城市")]
    assert honours("宁波获批建设中国—中东欧国家经贸合作示范区。") == [("宁波市", "中国—中东欧国家经贸合作示范区")]


def test_a_title_a_world_body_confers_is_of_the_international_level():
    levels = [(h["name"], h["level"]) for h in draft("杭州荣获“国际湿地城市”，湖州入选全国文明城市。", "2026-01", "浙江省", PLACES).honours]
    assert levels == [("国际湿地城市", "国际级"), ("全国文明城市", "国家级")]


def test_a_pilot_the_state_council_approved_and_a_province_that_became_the_nth_of_its_kind():
    assert honours("浙东沿海城市数据要素综合改革试点获国务院批复。") == [("浙江省", "浙东沿海城市数据要素综合改革试点")]
    assert honours("宁波港区获国务院批复。") == []  # no pilot's head: no title
    found = draft("我省成为全国第9个、华东首个获批的创新型省份。", "2026-01", "浙江省", PLACES).honours
    assert [(h["name"], h["level"]) for h in found] == [("创新型省份", "国家级")]


def test_a_place_among_the_ten_best_or_the_hundred_strongest_holds_a_title():
    assert honours("脑机接口研究入选“中国科学十大进展”。") == [("浙江省", "中国科学十大进展")]
    assert honours("嘉兴一项成果入选《自然》年度十大突破。", "浙江省") == [("嘉兴市", "自然年度十大突破")]
    assert honours("全省GDP突破9万亿元。") == []  # a milestone, not a title


def test_a_title_approved_by_named_ministries_and_none_that_points_back():
    text = "中国—东盟数字贸易中心、中国—东盟海洋合作中心获国家发展改革委、商务部等部委批准建设。"
    assert honours(text, "广西壮族自治区") == [
        ("广西壮族自治区", "中国—东盟数字贸易中心"), ("广西壮族自治区", "中国—东盟海洋合作中心"),
    ]
    assert honours("南宁成为全国第三个举办该赛事的城市。", "广西壮族自治区") == []


def test_a_list_closed_by_chenghao_or_by_counts_of_winners_is_a_title_each():
    found = honours("两位乡村教师获评“最美教师”、全国模范教师、全国优秀教育工作者称号。")
    assert found == [("浙江省", "最美教师"), ("浙江省", "全国模范教师"), ("浙江省", "全国优秀教育工作者")]
    found = honours("全省获评钱学森奖1人、全国五一劳动奖章6人、国家工匠8人。")
    assert found == [("浙江省", "钱学森奖"), ("浙江省", "全国五一劳动奖章"), ("浙江省", "国家工匠")]
    assert honours("荣获金奖3项、银奖5项。") == []  # a grade alone is no title


def test_a_pilot_is_a_title_by_its_name_whether_approved_before_or_after_it():
    assert honours("获批省域养老服务体系创新试点，新建养老床位3000张。") == [("浙江省", "省域养老服务体系创新试点")]
    assert honours("新一轮数字贸易创新发展综合试点获批，跨境电商再扩容。") == [("浙江省", "数字贸易创新发展综合试点")]
    assert honours("积极推动数字贸易综合试点获批。") == []  # work towards a pilot, not the pilot
    assert honours("全省获批项目1200个。") == []  # approved projects are no title


def test_named_listed_or_ranked_among_the_best_are_titles_and_what_follows_them_is_not():
    assert honours("9个项目进入全国智能工厂名录。") == [("浙江省", "全国智能工厂名录")]
    assert honours("5个县受命名全国民族团结进步示范县。") == [("浙江省", "全国民族团结进步示范县")]
    assert honours("3家企业上榜全球物流企业50强、数量居全国第4。") == [("浙江省", "全球物流企业50强")]
    assert honours("入选国家级非遗项目、省级景区数量保持全国首位。") == []  # a rank of counts
    assert honours("出口增速进入全国前十。") == []


def test_two_titles_joined_by_he_each_after_its_own_holder():
    got = honours("承办全国运动会，临安区国家级旅游度假区和大明山、浙西大峡谷5A级景区获批。")
    assert got == [("杭州市临安区", "国家级旅游度假区"), ("浙江省", "5A级景区")]


def test_levels_joined_by_he_share_one_head_and_a_kind_alone_is_no_title():
    assert honours("临海市获评国家级和省级文明城市。") == [("临海市", "国家级文明城市"), ("临海市", "省级文明城市")]
    assert honours("多部作品获评国家级和国际大奖。") == []


def test_a_first_batch_leaves_the_title_but_the_body_conferring_it_stays():
    assert honours("2025年，千岛湖入选国家首批高质量户外运动目的地。") == [("浙江省", "国家高质量户外运动目的地")]
    assert honours("全省入选全国首批数据基础设施省级节点。") == [("浙江省", "全国数据基础设施省级节点")]
    # (a batch with its count: both go, the title is what they were counted in)
    assert honours("钱江源国家公园成为全国首批5个国家公园之一。") == [("浙江省", "国家公园")]


def test_internationalisation_in_a_title_is_no_international_body():
    from govfacts.extract.draft import draft

    found = draft("2025年，全市入选国际化消费环境建设试点城市。", "2026-01-09", "济南市").honours
    assert [(h["name"], h["level"]) for h in found] == [("国际化消费环境建设试点城市", None)]


def test_a_title_won_in_the_year_a_part_reviews_has_that_year():
    from govfacts.extract.draft import draft

    text = "一、2025年工作回顾\n2025年是“十四五”收官之年。全市获评全国文明城市。\n二、“十四五”时期发展回顾\n五年来，全市获评国家生态园林城市。\n"
    found = [(h["name"], h["year"]) for h in draft(text, "2026-01-20", "济南市").honours]
    assert found == [("全国文明城市", 2025), ("国家生态园林城市", None)]


def test_a_ranking_of_counties_and_the_holder_s_own_name_say_no_level():
    from govfacts.extract.draft import draft

    found = draft("2025年，横州市入选“2025赛迪西部百强县”，获评省级文明城市。", "2026-01-20", "横州市").honours
    assert [(h["name"], h["level"]) for h in found] == [("2025赛迪西部百强县", None), ("省级文明城市", "省级")]


def test_a_title_won_by_something_in_the_place_is_flagged_but_one_shared_by_many_is_not():
    from govfacts.extract.draft import draft

    text = "2025年，龙湖金融岛入选省级夜经济集聚区，全市获评全国文明城市，8所职业院校入选国家“双高计划”。"
    found = [(h["name"], h["review"]) for h in draft(text, "2026-01-20", "郑州市").honours]
    assert found == [("省级夜经济集聚区", ["held-within"]), ("全国文明城市", None), ("国家双高计划", None)]


def test_how_many_won_a_title_is_no_part_of_its_name():
    assert title_name("全国检察机关典型案例14件") == "全国检察机关典型案例"
    assert title_name("全国优秀公诉人2位") == "全国优秀公诉人"
    assert title_name("“五个一工程”奖") == "五个一工程奖"  # (a count inside a quoted name stays)


def test_a_band_of_levels_is_no_title():
    text = "全省法院工作取得新进展，58个集体、132名个人荣获省级以上荣誉，19个案件被评为省级以上典型案例，12人获市级以上表彰。"
    assert honours(text) == []
    assert titles_in("省级以上典型案例、优秀案件31个集体", False) == []
    assert reads_as_title("省级以上荣誉", False) is False


def test_a_title_won_by_cases_the_place_handled_is_flagged_as_held_within():
    found = draft("2024年，6件案件获评全省典型案例。", "2025-01", "柳州市", PLACES).honours
    assert [(h["name"], h["review"]) for h in found] == [("全省典型案例", ["held-within"])]


def test_a_title_with_no_year_of_its_own_takes_the_year_the_page_spoke_of_last():
    text = "2024年，全区受理案件3200件。\n柳州市获评全国法治政府建设示范市。\n"
    found = draft(text, "2025", "柳州市", PLACES).honours
    assert [(h["name"], h["year"], h["review"]) for h in found] == [("全国法治政府建设示范市", 2024, ["period-carried"])]
