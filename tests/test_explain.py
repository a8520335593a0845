"""Empty and partial results explain themselves (the commands are those of the report in issue 15)."""

from __future__ import annotations

from conftest import run


def test_a_place_whose_facts_are_all_below_it_says_so():
    r = run("show", "湖州")
    assert r.code == 1
    assert r.err == "govfacts: no facts about 湖州市 itself match; the places below it hold 14 (--all shows them)\n"


def test_a_region_filter_that_removed_everything_says_so():
    r = run("metric", "交通", "--region", "开化")
    assert r.code == 1
    assert r.err == "govfacts: no indicator matching '交通' in 开化县; there are 6 elsewhere (leave out --region)\n"


def test_a_period_filter_that_removed_everything_says_so():
    r = run("metric", "电诈", "--region", "衢州", "--period", "2019")
    assert r.code == 1
    assert r.err == "govfacts: no indicator matching '电诈' in 衢州市 for 2019; 7 for other periods (leave out --period)\n"


def test_search_suggests_a_place_for_a_typo_as_show_does():
    r = run("search", "衢洲", "电诈")
    assert r.code == 1
    assert r.err == "govfacts: no match for '衢洲 电诈'; '衢洲': did you mean 衢州市?\n"


def test_compare_marks_the_missing_cells_and_names_the_places_lacking_the_indicator():
    r = run("compare", "衢州", "金华", "--metric", "刑事警情")
    assert r.code == 0
    assert r.out.splitlines()[0].split() == ["Region", "Pinyin", "刑事警情（2025，同比）", "Source"]
    assert [line.split()[:1] + line.split()[2:] for line in r.out.splitlines()[1:]] == [["衢州市", "↓19.1%", "quzhou-city-of-li"], ["金华市", "—"]]
    assert r.err == "govfacts: note: 1 of 2 places have no indicator matching '刑事警情': 金华市\n"


def test_a_kind_that_holds_nothing_points_to_the_kind_that_does():
    r = run("honours", "连冠")
    assert r.code == 1
    assert r.err == "govfacts: no honour matches '连冠'; 3 indicators do (govfacts metric 连冠)\n"
    r = run("metric", "南孔有礼")
    assert r.err == "govfacts: no indicator matches '南孔有礼'; 4 programs do (govfacts programs 南孔有礼)\n"


def test_the_hint_keeps_the_filters_and_sends_several_kinds_to_search():
    r = run("programs", "连冠", "--region", "衢江")
    assert r.err == "govfacts: no program matches '连冠'; 1 indicator does (govfacts metric 连冠 --region 衢江)\n"
    r = run("honours", "满意率")
    assert r.err == "govfacts: no honour matches '满意率'; 4 facts of other kinds do (govfacts search 满意率)\n"
    r = run("honours", "连冠 x")
    assert r.err.endswith("(govfacts metric '连冠 x')\n")  # quoted where a shell would split it


def test_nothing_anywhere_gives_no_hint():
    r = run("honours", "量子计算")
    assert (r.code, r.err) == (1, "govfacts: no honour matches '量子计算'\n")
