"""Seeing the words: fact ID, --quotes, source --text, and search by figure, quote, title and id."""

from __future__ import annotations

import pytest

from conftest import run, run_zh

FACT = "p003-quzhou-criminal-calls-2025"


def test_fact_shows_the_paragraph_with_the_quote_marked():
    r = run_zh("fact", FACT)
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "刑事警情  衢州市  ↓19.1%"
    assert "类型: 指标" in lines and "计量: 变化" in lines and "基准: 同比" in lines
    assert "来源标题: 衢州市:一座“有礼之城”的平安坚守（2026，邓胜斌(衢州市委政法委常务副书记)）" in lines
    paragraph = lines[lines.index("原文:") + 1]
    assert paragraph.startswith("数字见证平安建设的硬核成效:【2025年,全年刑事、治安警情同比分别下降19.1%、3.3%】;")


def test_fact_json_has_the_fact_its_source_the_paragraph_and_the_figure():
    doc = run("fact", FACT, "--json").json()
    assert doc["fact"]["id"] == FACT and doc["source"]["id"] == "quzhou-city-of-li"
    where = doc["paragraph"]
    assert where["text"][where["quote_start"] : where["quote_end"]] == "2025年,全年刑事、治安警情同比分别下降19.1%、3.3%"
    assert [s["id"] for s in doc["statements"]] == [FACT]


def test_fact_lists_the_other_statements_of_its_figure():
    r = run_zh("fact", "p002-quzhou-pingan-streak")
    assert "不同表述: p000-quzhou-ping-an-streak-19" in r.out
    assert "同一数据的各处表述 (2)" in r.out
    assert "平安衢州建设实现“十九连冠”" in r.out


@pytest.mark.parametrize(
    ("ident", "first_line"),
    [
        ("quzhou-city-of-li", "衢州市:一座“有礼之城”的平安坚守"),  # a source: as `source` shows it
        ("kaihua", "开化县  县  浙江省 › 衢州市 › 开化县"),  # a place: as `show` shows it
    ],
)
def test_fact_takes_any_id(ident, first_line):
    r = run_zh("fact", ident)
    assert r.code == 0 and r.out.splitlines()[0] == first_line


def test_a_figure_id_shows_all_of_its_statements():
    figure = run("fact", "p001-quzhou-criminal-cases-change", "--json").json()["fact"]["figure"]
    doc = run("fact", figure, "--json").json()
    assert sorted(s["id"] for s in doc["statements"]) == [
        "p000-quzhou-criminal-cases-change-14th-fyp",
        "p001-quzhou-criminal-cases-change",
    ]


def test_an_unknown_id_gets_the_nearest_one():
    r = run("fact", "p003-quzhou-crimnal-calls-2025")
    assert r.code == 1
    assert r.err == (
        "govfacts: no fact, figure, source or place with id 'p003-quzhou-crimnal-calls-2025'; "
        "did you mean p003-quzhou-criminal-calls-2025?\n"
    )


def test_quotes_adds_the_words_of_the_page():
    r = run_zh("metric", "刑事警情", "--quotes")
    assert r.out.splitlines()[0].split()[-1] == "原文"
    assert "2025年,全年刑事、治安警情同比分别下降19.1%、3.3%" in r.out
    for command in (["show", "开化"], ["programs", "智卡通"], ["honours", "示范"], ["search", "电诈"]):
        headers = [line for line in run_zh(*command, "--quotes").out.splitlines() if line.lstrip().startswith(("地区", "#"))]
        assert headers and all(h.split()[-1] == "原文" for h in headers), command


def test_source_text_prints_the_page_with_every_quote_marked():
    r = run("source", "quzhou-city-of-li", "--text")
    assert r.code == 0
    assert "【2025年,全年刑事、治安警情同比分别下降19.1%、3.3%】" in r.out
    assert r.out.count("【") == r.out.count("】") >= 30
    doc = run("source", "quzhou-city-of-li", "--text", "--json").json()
    assert all(doc["text"][q["start"] : q["end"]] for q in doc["quotes"])


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("19.1%", ("衢州市", "刑事警情")),
        ("19.1", ("衢州市", "刑事警情")),
        ("1725", ("衢州市", "公共法律服务站点数")),
        ("1725个", ("衢州市", "公共法律服务站点数")),
        ("19连冠", ("衢州市", "平安建设连冠")),
        ("十九连冠", ("衢州市", "平安建设连冠")),
        ("98.52", ("金华市", "群众安全感满意度")),
    ],
)
def test_search_finds_figures_as_printed_and_as_stored(typed, first):
    hits = run("search", typed, "--json").json()
    assert (hits[0]["region"], hits[0]["name"]) == first


def test_search_finds_sources_by_their_speaker():
    hits = run("search", "杜兴林", "--json").json()
    assert [h["kind"] for h in hits[:2]] == ["source", "source"]
    assert {h["id"] for h in hits[:2]} == {"quzhou-interview-p1", "quzhou-interview-p4"}


def test_search_ranks_a_quote_alone_below_names_and_figures():
    hits = run("search", "19.1%", "--json").json()
    assert [h["name"] for h in hits[:2]] == ["刑事警情", "治安警情"]  # 治安警情 only shares the quote


def test_search_finds_any_id():
    assert [h["id"] for h in run("search", FACT, "--json").json()] == [FACT]
    assert run("search", "quzhou-city-of-li", "--json").json()[0]["kind"] == "source"
