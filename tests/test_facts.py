"""The shipped fact base: it validates, every quote stands in its page, and figures read
from the pages come back through the public query and export paths exactly as printed."""

from __future__ import annotations

import json
import re

import pytest

from conftest import DATA, SOURCES, run, run_zh
from govfacts.factbase import FactBase
from govfacts.index.load import read_file


def metric(text: str, *args: str) -> list[dict]:
    r = run("metric", text, "--json", *args)
    assert r.code == 0, r.err
    return r.json()


def one(records: list[dict], **want) -> dict:
    found = [r for r in records if all(r.get(k) == v for k, v in want.items())]
    assert len(found) == 1, (want, [(r["id"], r["value"], r["period"]) for r in records])
    return found[0]


def test_shipped_base_is_valid():
    r = run("check")
    assert r.code == 0, r.err


@pytest.mark.parametrize(
    ("query", "region", "value", "period", "source"),
    [
        # 003: 2025年,全年刑事、治安警情同比分别下降19.1%、3.3%;电诈发案数、损失数同比分别下降15.9%、34.6%
        ("刑事警情", "衢州市", -19.1, "2025", "quzhou-city-of-li"),
        ("治安警情", "衢州市", -3.3, "2025", "quzhou-city-of-li"),
        ("电诈发案", "衢州市", -15.9, "2025", "quzhou-city-of-li"),
        ("电诈损失", "衢州市", -34.6, "2025", "quzhou-city-of-li"),
        # 003: 交通事故死亡人数同比下降16.9%
        ("交通事故死亡", "衢州市", -16.9, "2025", "quzhou-city-of-li"),
        # 001: 全市生产安全事故发生起数、死亡人数较“十三五”分别下降72.96%、69.11%
        ("生产安全事故发生起数", "衢州市", -72.96, "2021/2025", "quzhou-interview-p4"),
        ("生产安全事故死亡人数", "衢州市", -69.11, "2021/2025", "quzhou-interview-p4"),
        # 001: 全市4282个社会组织参与到平安建设当中
        ("社会组织", "衢州市", 4282, "2021/2025", "quzhou-interview-p4"),
        # 000: 全市刑事案件、命案总量分别下降31.3%、17.5%
        ("命案", "衢州市", -17.5, "2021/2025", "quzhou-interview-p1"),
    ],
)
def test_figures_from_the_pages(query, region, value, period, source):
    rec = one(metric(query), region=region, value=value, source=source)
    assert rec["period"] == period
    assert rec["measure"] == ("change" if value < 0 else "level")


def test_large_amounts_are_in_plain_units():
    # 004: 2020年以来,全市电诈案件追赃挽损数达8.36亿元
    rec = one(metric("追赃挽损"), region="金华市", source="jinhua-interview")
    assert (rec["value"], rec["unit"], rec["value_text"]) == (836000000, "元", "8.36亿元")


def test_qualifier_more_than():
    # 001 sidebar: 累计提供各类法律服务19万余次
    rec = one(metric("法律服务"), value=190000)
    assert (rec["qualifier"], rec["unit"], rec["value_text"]) == ("more_than", "次", "19万余次")


def test_conflicting_figures_are_both_kept_with_their_sources():
    # 001 says 实际执结率 rose 11.53% against 十三五; 003 says 执结率 rose 11.5%
    records = metric("执结率", "--region", "衢州")
    values = {(r["value"], r["source"]) for r in records}
    assert (11.53, "quzhou-interview-p4") in values
    assert (11.5, "quzhou-city-of-li") in values


def test_streaks_are_kept_per_page():
    records = metric("连冠")
    streaks = {(r["region"], r["value"], r["source"]) for r in records}
    assert ("衢州市", 19, "quzhou-interview-p1") in streaks  # 000: 平安衢州建设实现“十九连冠”
    assert ("衢州市", 18, "quzhou-bridgehead") in streaks  # 002: 平安衢州建设实现“十八连冠”
    assert all(r["unit"] == "年" for r in records)  # a streak of titles won yearly counts its years


def test_named_programs_are_there():
    r = run("export", "--format", "json")
    names = {(x["kind"], x["name"]) for x in r.json()}
    for program in ("南孔有礼解纷", "智卡通", "民情直通车", "1890城市治理中心", "林区融治", "金安智治"):
        assert ("program", program) in names, program
    assert ("honour", "平安中国建设示范市") in names


def test_places_and_their_hierarchy():
    rows = {r["name"]: r for r in run("regions", "--json").json()}
    by_id = {r["id"]: r for r in rows.values()}
    for county in ("柯城区", "衢江区", "龙游县", "江山市", "常山县", "开化县"):
        assert by_id[rows[county]["parent_id"]]["name"] == "衢州市"
    assert by_id[rows["东华街道"]["parent_id"]]["name"] == "龙游县"
    assert by_id[rows["浦江县"]["parent_id"]]["name"] == "金华市"
    assert rows["衢州市"]["level"] == "地级市" and rows["江山市"]["level"] == "县级市"


def test_every_page_is_a_source_with_facts():
    sources = run("sources", "--json").json()
    assert len(sources) == 5
    assert all(s["facts"] > 0 and s["date"] and s["date_note"] for s in sources)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(
    not SOURCES.is_dir(), reason="the source pages (../shared/sources) are not beside this checkout"
)
def test_every_shipped_source_has_its_page_copied_byte_for_byte():
    docs = [read_file(p).doc for p in FactBase(DATA).files()]
    sources = [s for d in docs for s in d.get("source", [])]
    assert len(sources) == 5
    for s in sources:
        assert s["file"].startswith("sources/"), s["id"]
        page = DATA / s["file"]
        if SOURCES.is_dir():
            assert page.read_bytes() == (SOURCES / page.name).read_bytes()
        assert page.read_text(encoding="utf-8")


def test_every_quote_stands_in_its_source_page():
    """An independent reading of the rule that `check` applies: white space aside, word for word."""
    docs = [read_file(p).doc for p in FactBase(DATA).files()]
    pages = {
        s["id"]: _squeeze((DATA / s["file"]).read_text(encoding="utf-8"))
        for d in docs
        for s in d.get("source", [])
    }
    checked = 0
    missing = []
    for d in docs:
        for kind in ("indicator", "program", "honour"):
            for row in d.get(kind, []):
                checked += 1
                if _squeeze(row["quote"]) not in pages[row["source"]]:
                    missing.append(row["id"])
    assert checked > 300
    assert missing == []


def test_values_are_never_floats_that_should_be_integers():
    docs = [read_file(p).doc for p in FactBase(DATA).files()]
    for d in docs:
        for row in d.get("indicator", []):
            assert not (isinstance(row["value"], float) and row["value"].is_integer()), row["id"]


def test_export_round_trips_every_indicator_value():
    docs = [read_file(p).doc for p in FactBase(DATA).files()]
    expected = {row["id"]: row["value"] for d in docs for row in d.get("indicator", [])}
    lines = run("export").out.splitlines()
    got = {r["id"]: r["value"] for r in map(json.loads, lines) if r["kind"] == "indicator"}
    assert got == expected


def test_differing_figures_are_marked_as_such():
    streaks = {r["value"]: r for r in metric("平安建设连冠", "--region", "衢州市") if r["region"] == "衢州市"}
    assert streaks[19]["conflicts_with"] == [streaks[18]["id"]]
    assert streaks[18]["conflicts_with"] == [streaks[19]["id"]]
    table = run_zh("metric", "平安建设连冠", "--region", "衢州市").out.splitlines()
    mine = [line for line in table if line.startswith("衢州市")]
    assert len(mine) == 1  # one row for the figure with both values
    assert "十九连冠（五年来） ≠ 十八连冠" in mine[0] and mine[0].endswith("2 页")


def test_statements_of_different_periods_are_different_figures():
    # 11.53% over the 十四五 against 十三五, and 11.5% 截至2025年底: each page states its
    # period, and the periods differ, so these are two figures and neither conflicts
    records = {r["source"]: r for r in metric("执结率", "--region", "衢州")}
    a, b = records["quzhou-interview-p4"], records["quzhou-city-of-li"]
    assert a["figure"] != b["figure"] and a["conflicts_with"] == [] == b["conflicts_with"]
    table = run_zh("metric", "执结率", "--region", "衢州").out
    assert "≠" not in table and len(table.splitlines()) == 3


def test_figures_that_agree_are_not_marked():
    records = metric("刑事警情", "--region", "衢州")
    assert all(r["conflicts_with"] == [] for r in records)


def test_period_finds_the_honours_of_a_year():
    """An honour counts for a year when any of the pages that state it gives that year."""
    r = run("show", "衢州", "--period", "2025", "--kind", "honour", "--json")
    assert r.code == 0, r.err
    by_figure: dict[str, list[dict]] = {}
    for h in r.json()["honours"]:
        by_figure.setdefault(h["figure"], []).append(h)
    assert by_figure and all(any(h["year"] == 2025 for h in hs) for hs in by_figure.values())
    assert not run("show", "衢州", "--period", "2019", "--kind", "honour", "--json").json()["honours"]
