"""The place of a page that names itself only as 市 or 我市."""

from __future__ import annotations

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder
from govfacts.extract.page import prepare

PLACES = PlaceFinder.from_gazetteer()

# A city court's report that never names its city and names one county's court once, far in.
_CITY_COURT = (
    "现在，我代表市中级人民法院向大会报告工作，请予审议，并请市政协委员提出意见。\n"
    + "全市法院贯彻考察江西重要讲话精神，坚持公正司法，各项工作取得新成效。" * 5
    + "\n全市法院审结刑事案件3100件，婺源法院推行繁简分流改革，审理天数缩短至9.5天。\n"
)


def test_a_city_s_page_naming_one_county_once_is_the_city_s():
    assert PLACES.guess_main(prepare(_CITY_COURT).text).name == "上饶市"
    found = draft(_CITY_COURT, "2026-01-20", None, PLACES).indicators
    assert [r["region"] for r in found] == ["上饶市", "婺源县"]


def test_a_county_s_page_stays_the_county_s():
    text = "县人民法院工作报告\n我县法院全年审结案件2100件。婺源法院推行繁简分流。婺源县社会大局稳定。\n"
    assert PLACES.guess_main(prepare(text).text).name == "婺源县"


def test_a_figure_with_no_place_anywhere_is_flagged():
    found = draft("近年来，我市不断完善调解机制。全市共有人民调解组织900个。", "2025-12-01", None, PLACES).indicators
    assert [(r["region"], r["review"]) for r in found] == [(None, ["region-unknown"])]
    given = draft("全市共有人民调解组织900个。", "2025-12", "汉中市", PLACES).indicators
    assert (given[0]["region"], given[0]["review"]) == ("汉中市", ["period-from-date"])


def test_a_city_s_district_is_named_with_its_city_and_its_path_keeps_the_plain_names():
    from govfacts.extract.draft import draft
    from govfacts.extract.gazetteer_match import PlaceFinder

    places = PlaceFinder.from_gazetteer()
    text = "2024年，全区受理案件3200件。"
    for place, full, path in (
        ("广州市白云区", "广州市白云区", ["广东省", "广州市", "白云区"]),
        ("贵阳市白云区", "贵阳市白云区", ["贵州省", "贵阳市", "白云区"]),
        ("长寿区", "重庆市长寿区", ["重庆市", "长寿区"]),
    ):
        record = draft(text, "2025-01", place, places).indicators[0]
        assert (record["region"], record["region_path"]) == (full, path)
    county = draft("2024年，全县受理案件800件。", "2025-01", "尉犁县", places).indicators[0]
    assert county["region"] == "尉犁县"


def test_a_page_no_place_is_found_on_is_the_county_it_names_in_full_or_the_prefecture_of_its_counties():
    county = "【人民调解】2024年，县司法局组织调委会开展排查。" + "调解员认真分析矛盾纠纷，做到小事不出村。" * 12 + "如5月，桐庐县分水镇两户因宅基地发生纠纷。"
    assert PLACES.guess_main(prepare(county).text).name == "桐庐县"
    prefecture = "各位代表：\n现在，我代表州人民政府向大会报告工作。\n全州经济稳中向好，瑞丽柠檬、陇川大米销往各地。\n"
    assert PLACES.guess_main(prepare(prefecture).text).name == "德宏傣族景颇族自治州"
    assert PLACES.lookup("全州") is not None and PLACES.find("全州经济稳中向好") == []  # (全州: the whole prefecture)


def test_a_county_s_page_naming_only_its_province_and_city_is_the_county_it_names_once():
    text = ("2025年发展目标和重点工作\n坚持贯彻视察河北、视察石家庄重要讲话精神，在县委坚强领导下推进民族复兴伟业。\n"
            "地区生产总值增长6%以上。\n为建设美丽河北贡献正定力量。\n")
    assert PLACES.guess_main(prepare(text).text).name == "正定县"


def test_a_date_that_lost_its_year_and_month_marks_is_no_figure():
    found = draft("某区检察院2025820日在常委会会议上报告工作。全年办理案件960件。", "2025-09", "十堰市", PLACES).indicators
    assert [(r["name"], r["value"]) for r in found] == [("办理案件", 960)]


def test_a_county_level_city_s_own_page_names_it_by_its_short_form():
    text = ("【聚焦济源两会】市人民法院工作报告解读\n关注济源网\n2月27日，市人民法院院长在市十五届人大六次会议上作报告。"
            "为谱写济源篇章提供司法保障。\n全年受理各类案件3.1万件。\n")
    assert PLACES.guess_main(prepare(text).text).name == "济源市"


def test_a_month_still_to_come_is_last_year_s_and_a_year_s_town_is_no_town():
    text = "一、2024年法治政府建设主要工作成效\n举办2024年度镇、街道执法人员培训班，培训执法人员200余人次，并于7月下发工作指引清单4份。\n"
    found = draft(text, "2025-03", "南昌市红谷滩区", PLACES).indicators
    assert [(r["region"], r["period"], r["status"]) for r in found] == [
        ("南昌市红谷滩区", "2024", "actual"), ("南昌市红谷滩区", "2024-07", "actual")
    ]


def test_a_paper_s_app_named_for_its_province_is_no_place():
    text = "新湖南客户端8月30日讯 记者从醴陵市禁毒工作通报会获悉，2022年以来，该市公安局侦破涉毒刑事案件116起。"
    assert {r["region"] for r in draft(text, "2023-08-30", None, PLACES).indicators} == {"醴陵市"}


def test_a_place_named_with_its_address_is_the_one_spoken_of():
    text = "浙江金华推进基层治理\n为化解矛盾纠纷，浙江省金华市义乌市整合部门力量，建成调解中心12个。\n"
    assert PLACES.guess_main(prepare(text).text).name == "义乌市"
    # a province named alone, apart from any address, still counts for itself
    assert PLACES.guess_main(prepare("浙江省召开会议。浙江省部署工作。").text).name == "浙江省"


def test_a_verb_before_a_street_names_no_town():
    text = "浙江省金华市义乌市稠城街道建成调解中心。\n中心整合街道综治、信访等9个部门联合办公。\n"
    found = draft(text, "2025-06", None, PLACES).indicators
    assert found[0]["region"] == "义乌市"
    found = draft("浙江省金华市义乌市召开会议。\n全市赋予镇级事项87项。\n", "2025-06", None, PLACES).indicators
    assert found[0]["region"] == "义乌市"


def test_a_city_s_page_naming_no_place_is_the_city_of_its_own_paper_or_the_one_city_it_says():
    text = "2024年，在市委的坚强领导下，市司法局推进法治建设。\n在衢州日报开设法治专栏，刊发报告12篇。\n"
    assert PLACES.guess_main(prepare(text).text).name == "衢州市"
    text = "广大市民朋友：\n感谢您对平安义乌建设的支持。全市破获刑事案件1200起。\n"
    assert PLACES.guess_main(prepare(text).text).name == "义乌市"


def test_a_prefecture_s_page_naming_only_its_province_has_no_place_and_idioms_name_none():
    text = "自治州十五届人大五次会议举行。自治州人大常委会召开党组会议18次。\n牢牢扭住新疆社会稳定和长治久安总目标。\n"
    assert PLACES.guess_main(prepare(text).text) is None
