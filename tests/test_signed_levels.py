"""A level below zero keeps its minus: read from the quote, checked against it, printed with it."""

from __future__ import annotations

import json

from conftest import run

PAGE = """某县气象观测月报
本月当日最低气温-5℃,最高气温12℃,
全月平均受教育年限统计为10.5年,
测试账户的变动额为−9223372036854775807个单位。
"""

BASE = """\
[[source]]
id = "obs"
title = "某县气象观测月报"
file = "sources/obs.txt"

[[region]]
id = "county"
name = "某县"
level = "县"
"""


def indicator(name: str, value: str, unit: str, quote: str, ident: str = "x") -> str:
    return (
        f'\n[[indicator]]\nid = "{ident}"\nregion = "county"\nname = "{name}"\nvalue = {value}\n'
        f'unit = "{unit}"\nmeasure = "level"\nsource = "obs"\nquote = "{quote}"\n'
    )


def base(tmp_path, *facts: str):
    folder = tmp_path / "base"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "obs.txt").write_text(PAGE, encoding="utf-8")
    (folder / "facts.toml").write_text(BASE + "".join(facts), encoding="utf-8")
    return folder


def test_a_negative_level_is_accepted_and_printed_with_its_minus(tmp_path, private_cache):
    folder = base(tmp_path, indicator("最低气温", "-5", "℃", "本月当日最低气温-5℃"))
    assert run("check", "--data", str(folder)).code == 0
    r = run("metric", "最低气温", "--json", "--data", str(folder))
    assert r.code == 0, r.err
    assert [(x["value"], x["value_text"]) for x in r.json()] == [(-5, "-5℃")]
    table = run("metric", "最低气温", "--data", str(folder))
    assert "-5℃" in table.out


def test_a_level_whose_sign_differs_from_its_quote_is_refused_with_file_and_line(tmp_path, private_cache):
    folder = base(tmp_path, indicator("最低气温", "5", "℃", "本月当日最低气温-5℃"))
    r = run("check", "--data", str(folder))
    assert r.code == 3
    assert r.err.splitlines()[0] == (
        f"{folder / 'facts.toml'}:15:9: indicator 'x': value: 5 ℃ is not in its quote: “本月当日最低气温-5℃”"
    )


def test_a_negative_level_is_refused_where_the_quote_has_no_minus(tmp_path, private_cache):
    r = run("check", "--data", str(base(tmp_path, indicator("最高气温", "-12", "℃", "最高气温12℃"))))
    assert r.code == 3
    assert "indicator 'x': value: -12 ℃ is not in its quote: “最高气温12℃”" in r.err


def test_the_largest_negative_level_keeps_its_minus(tmp_path, private_cache):
    quote = "测试账户的变动额为−9223372036854775807个单位"
    folder = base(tmp_path, indicator("变动额", "-9223372036854775807", "个", quote))
    assert run("check", "--data", str(folder)).code == 0
    (rec,) = run("metric", "变动额", "--json", "--data", str(folder)).json()
    assert (rec["value"], rec["value_text"]) == (-9223372036854775807, "−9223372036854775807个")
    wrong = base(tmp_path / "wrong", indicator("变动额", "9223372036854775807", "个", quote))
    assert run("check", "--data", str(wrong)).code == 3


def test_a_decimal_before_nian_is_a_figure_not_a_crash(tmp_path, private_cache):
    folder = base(tmp_path, indicator("平均受教育年限", "10.5", "年", "全月平均受教育年限统计为10.5年"))
    assert run("check", "--data", str(folder)).code == 0
    r = run("search", "10.5年", "--json", "--data", str(folder))
    assert r.code == 0, r.err
    assert [x["id"] for x in r.json()] == ["x"]


def test_search_for_a_decimal_before_nian_on_the_shipped_base_finds_nothing():
    r = run("search", "10.5年")
    assert (r.code, r.out) == (1, ""), r.err
    assert r.err.startswith("govfacts: ") and "10.5年" in r.err and "internal" not in r.err


def test_extract_drafts_a_negative_level_that_check_accepts(tmp_path, private_cache):
    page = tmp_path / "prices.txt"
    page.write_text("衢州市物价监测简报\n2025年,全市居民消费价格指数为-0.3%,库存变动负350万吨。\n", encoding="utf-8")
    r = run("extract", str(page), "--date", "2025-12", "--format", "jsonl")
    assert r.code == 0, r.err
    got = [(x["name"], x["value"], x["unit"], x["measure"]) for x in map(json.loads, r.out.splitlines())]
    assert got == [("居民消费价格指数", -0.3, "%", "level"), ("库存变动", -3500000, "吨", "level")]
    target = tmp_path / "base" / "prices.toml"
    assert run("extract", str(page), "--date", "2025-12", "-o", str(target)).code == 0
    entries = target.read_text(encoding="utf-8").split("[[indicator]]", 1)[1]
    assert [c for c in entries.splitlines() if c.startswith("#")] == ["# line 2 of the report"]  # none left as a comment
    assert run("check", "--data", str(target.parent)).code == 0
