"""Layered bases over the gazetteer of China's places, and govfacts init."""

from __future__ import annotations

import os

import pytest

from conftest import DATA, run, run_zh
from govfacts.factbase import FactBase

PAGE = "青岛市公安局年度通报\n今年以来,全市刑事警情同比下降12.6%,电信网络诈骗发案数同比下降21.3%。\n"

REPORT = """\
[[source]]
id = "qingdao-2025"
title = "青岛市公安局年度通报"
date = "2025-12"
file = "sources/qingdao-2025.txt"

[[indicator]]
id = "qingdao-criminal-calls-2025"
region = "cn-370200"
name = "刑事警情"
value = -12.6
unit = "%"
measure = "change"
basis = "同比"
period = "2025"
period_label = "今年以来"
source = "qingdao-2025"
quote = "今年以来,全市刑事警情同比下降12.6%"
"""


@pytest.fixture
def my_base(tmp_path, private_cache):
    """A base made with `govfacts init`, holding one 青岛 report that declares no region."""
    folder = tmp_path / "my-base"
    assert run("init", str(folder)).code == 0
    (folder / "sources" / "qingdao-2025.txt").write_text(PAGE, encoding="utf-8")
    (folder / "qingdao.toml").write_text(REPORT, encoding="utf-8")
    return folder


def test_init_makes_a_base_that_checks_at_once(tmp_path, private_cache):
    folder = tmp_path / "new"
    r = run("init", str(folder))
    assert r.code == 0
    assert r.out.splitlines() == [f"{folder}/sources/", f"{folder}/README.md", f"{folder}/facts.toml"]
    assert "govfacts check --data shipped --data" in (folder / "README.md").read_text(encoding="utf-8")
    assert run("check", "--data", "shipped", "--data", str(folder)).code == 0


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine", encoding="utf-8")
    r = run("init", str(tmp_path / "full"))
    assert r.code == 2
    assert r.err == f"govfacts: {tmp_path / 'full'} already exists and is not empty; name a new folder\n"
    assert (tmp_path / "full" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_report_on_a_gazetteer_place_checks_and_compares(my_base):
    layers = ["--data", "shipped", "--data", str(my_base)]
    r = run("check", *layers)
    assert r.code == 0, r.err
    assert r.out.startswith("ok: 6 sources, 21 regions, 126 indicators, ")
    table = run_zh("compare", "青岛", "衢州", "--metric", "刑事警情", *layers).out.splitlines()
    assert table[0].split() == ["地区", "刑事警情（2025，同比）", "来源"]
    assert [line.split() for line in table[1:]] == [["青岛市", "↓12.6%", "qingdao-2025"], ["衢州市", "↓19.1%", "quzhou-city-of-li"]]


def test_govfacts_data_takes_a_list(my_base, monkeypatch):
    monkeypatch.setenv("GOVFACTS_DATA", os.pathsep.join(["shipped", str(my_base)]))
    found = run("metric", "刑事警情", "--json").json()
    assert {"qingdao-criminal-calls-2025", "p003-quzhou-criminal-calls-2025"} <= {r["id"] for r in found}


def test_regions_and_sources_say_which_layer(my_base):
    layers = ["--data", "shipped", "--data", str(my_base)]
    sources = {s["id"]: s["layer"] for s in run("sources", "--json", *layers).json()}
    assert sources["qingdao-2025"] == str(my_base) and sources["quzhou-city-of-li"] == "shipped"
    regions = {r["id"]: r for r in run("regions", "--json", *layers).json()}
    assert regions["cn-370200"]["layer"] == "gazetteer" and regions["cn-370200"]["facts"] == 1
    assert regions["quzhou"]["layer"] == "shipped"
    assert "cn-330800" not in regions  # 衢州市 is listed once, under the shipped base's id


def test_a_duplicate_id_across_layers_names_both_places(my_base):
    extra = my_base / "dup.toml"
    extra.write_text(REPORT.split("[[indicator]]")[1].join(["[[indicator]]", ""]).replace(
        'id = "qingdao-criminal-calls-2025"', 'id = "p003-quzhou-criminal-calls-2025"'), encoding="utf-8")
    r = run("check", "--data", "shipped", "--data", str(my_base))
    assert r.code == 3
    shipped_line = (DATA / "facts.toml").read_text(encoding="utf-8").split('id = "p003-quzhou-criminal-calls-2025"')[0].count("\n") + 1
    assert f"{extra}:2:6: indicator 'p003-quzhou-criminal-calls-2025': id: duplicate id, first used by a indicator at {DATA / 'facts.toml'}:{shipped_line}" in r.err


def test_references_cross_layers(my_base):
    (my_base / "more.toml").write_text(
        REPORT.split("[[indicator]]")[1].join(["[[indicator]]", ""])
        .replace('id = "qingdao-criminal-calls-2025"', 'id = "qz-more"')
        .replace('region = "cn-370200"', 'region = "kaihua"'),  # a region of the shipped base
        encoding="utf-8",
    )
    assert run("check", "--data", "shipped", "--data", str(my_base)).code == 0


def test_a_gazetteer_id_for_a_declared_place_is_that_place(my_base):
    (my_base / "quzhou.toml").write_text(
        REPORT.replace("qingdao-2025", "qz-2025").replace('"cn-370200"', '"cn-330800"')
        .replace('id = "qingdao-criminal-calls-2025"', 'id = "qz-note"').replace("青岛市公安局", "衢州公安"),
        encoding="utf-8",
    )
    (my_base / "sources" / "qz-2025.txt").write_text(PAGE.replace("青岛市公安局", "衢州公安"), encoding="utf-8")
    found = run("show", "衢州", "--json", "--data", "shipped", "--data", str(my_base)).json()
    assert "qz-note" in {r["id"] for r in found["indicators"]}
    assert all(r["region_id"] == "quzhou" for r in found["indicators"])


def test_the_cache_is_keyed_by_the_list_in_order(my_base):
    one = FactBase("shipped", str(my_base)).index_path
    assert one != FactBase(str(my_base), "shipped").index_path != FactBase("shipped").index_path


def test_a_missing_data_path_stops_with_exit_3(tmp_path):
    r = run("show", "衢州", "--data", str(tmp_path / "nowhere"))
    assert r.code == 3 and f"{tmp_path / 'nowhere'}: no such file or folder" in r.err


def test_a_path_named_twice_is_read_once(my_base):
    r = run("check", "--data", str(my_base), "--data", str(my_base))
    assert r.code == 0
    assert r.err.startswith(f"govfacts: {my_base} is named twice; using it once\n")


def test_the_word_shipped_wins_over_a_folder_of_that_name(tmp_path, private_cache, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("init", "shipped").code == 0
    assert run("check", "--data", "shipped").out.startswith("ok: 5 sources, 21 regions")
    assert run("check", "--data", "./shipped").out.startswith("ok: 0 sources, 0 regions")


def test_a_place_with_no_facts_answers_with_its_path():
    # a known place is an answer: it is shown, with every division below it, and exit 0
    r = run_zh("show", "青岛")
    assert r.code == 0
    assert r.out.splitlines()[0] == "青岛市  副省级市  山东省 › 青岛市"
    assert r.out.splitlines()[1] == "下辖: 市南区、市北区、黄岛区、崂山区、李沧区、城阳区、即墨区、胶州市、平度市、莱西市"
    assert r.err == "govfacts: 事实库中没有关于青岛市（山东省 › 青岛市）的事实\n"


@pytest.mark.parametrize("typed", ["cn-370200", "青岛", "青岛市", "qingdao"])
def test_a_gazetteer_id_names_a_place_as_its_name_does(typed):
    r = run("show", typed, "--json")
    assert r.code == 0, r.err
    assert r.json()["region"]["id"] == "cn-370200"


def test_a_declared_place_answers_to_its_gazetteer_id():
    assert run("show", "cn-330800", "--json").json()["region"]["id"] == "quzhou"
    assert run("metric", "电诈", "--region", "cn-330800", "--json").json()[0]["region"] == "衢州市"


def test_show_lists_every_division_below_and_how_many_facts_each_holds():
    region = run("show", "浙江", "--json", "-n", "1").json()["region"]
    assert len(region["children"]) == 11
    assert region["children"][:3] == ["杭州市", "宁波市", "温州市"]  # the gazetteer's order
    held = dict(zip(region["children"], region["children_facts"], strict=True))
    assert held["衢州市"] > 0 and held["杭州市"] == 0
    assert len(run("show", "中国", "--json", "-n", "1").json()["region"]["children"]) == 34
    line = run_zh("show", "浙江", "-n", "1").out.splitlines()[2]
    assert line.startswith("下辖: 杭州市、宁波市、温州市、嘉兴市、湖州市（") and f"衢州市（{held['衢州市']}）" in line


def test_a_name_shared_by_places_lists_them_with_their_parents():
    r = run("show", "朝阳区")
    assert r.code == 1
    assert r.err == "govfacts: '朝阳区' could be 2 places: 朝阳区 (北京市), 朝阳区 (长春市); say which\n"


@pytest.mark.parametrize(("typed", "level"), [("建始", "县"), ("恩施州", "自治州"), ("神农架", "林区"), ("乌海", "地级市")])
def test_matching_works_over_the_whole_gazetteer(typed, level):
    r = run("show", typed, "--json")
    assert r.code == 0 and r.json()["region"]["level"] == level


def test_places_with_facts_come_first_and_a_note_names_the_others():
    r = run("show", "quzhou", "--kind", "honour", "--json")
    assert r.code == 0 and r.json()["region"]["id"] == "quzhou"
    assert r.err == "govfacts: note: 'quzhou' is taken as 衢州市, the one with facts; it could also be 曲周县\n"


def test_search_takes_a_word_as_a_place_only_with_facts_or_its_full_name():
    assert run("search", "平安金鼎", "--json").json()[0]["name"] == "二星平安金鼎"  # not 平安区
    assert run("search", "公安", "--json").json()[0]["kind"] != "region"  # not 公安县
    hits = run("search", "青岛市", "--json")
    assert hits.code == 1  # a full name is taken as the place, which holds nothing here


def test_regions_all_lists_the_gazetteer():
    everything = run("regions", "--all", "--json").json()
    assert len(everything) == 3215 - 17 + 21 and everything[0]["id"] == "cn"  # 17 shipped regions are gazetteer places
    assert {"cn-370200", "cn-110105", "cn-220104"} <= {r["id"] for r in everything}
    assert len(run("regions", "--json").json()) == 21


@pytest.mark.parametrize("level", ["国家", "自治区", "直辖市", "副省级市", "自治州", "自治县", "旗", "社区"])
def test_the_real_levels_are_valid(tmp_path, private_cache, level):
    path = tmp_path / "place.toml"
    path.write_text(f'[[region]]\nid = "x-place"\nname = "某地"\nlevel = "{level}"\n', encoding="utf-8")
    assert run("check", "--data", str(path)).code == 0


def test_a_gazetteer_id_of_a_declared_place_is_accepted_wherever_ids_are():
    assert run("fact", "cn-330800", "--json").json()["region"]["id"] == "quzhou"
    assert [h["id"] for h in run("search", "cn-330800", "--json").json()] == ["quzhou"]


def test_a_short_form_goes_to_the_place_holding_facts_even_when_another_owns_it_more_strictly(tmp_path, private_cache):
    """阿坝 is 阿坝县's short form, and more loosely 阿坝藏族羌族自治州's: a base about the prefecture
    means the prefecture."""
    folder = tmp_path / "aba"
    assert run("init", str(folder)).code == 0
    (folder / "sources" / "aba-2025.txt").write_text("阿坝州公安局通报\n全州破获各类刑事案件657起。\n", encoding="utf-8")
    report = (
        '[[source]]\nid = "aba-2025"\ntitle = "阿坝州公安局通报"\ndate = "2025-12"\nfile = "sources/aba-2025.txt"\n\n'
        '[[indicator]]\nid = "aba-cases-2025"\nregion = "cn-513200"\nname = "破获各类刑事案件"\nvalue = 657\nunit = "起"\n'
        'measure = "level"\nperiod = "2025"\nsource = "aba-2025"\nquote = "全州破获各类刑事案件657起"\n'
    )
    (folder / "aba.toml").write_text(report, encoding="utf-8")
    layers = ["--data", "shipped", "--data", str(folder)]
    assert run("check", *layers).code == 0
    r = run("show", "阿坝", "--json", *layers)
    assert (r.code, r.json()["region"]["name"]) == (0, "阿坝藏族羌族自治州")
    assert r.err == "govfacts: note: '阿坝' is taken as 阿坝藏族羌族自治州, the one with facts; it could also be 阿坝县\n"
    assert run("show", "阿坝", "--json").json()["region"]["name"] == "阿坝县"  # (no facts anywhere: the strict short form)
