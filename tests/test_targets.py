"""Targets told apart from results, and ranges: the format, check, the answers and every output."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import run

PAGE = (
    "回顾2025年，全省生产总值增长5.5%，财政收入稳中有进。\n"
    "新的一年主要预期目标：全省生产总值增长5%—5.5%，城镇调查失业率5%以内，物价涨幅2%左右，"
    "单位产值能耗下降2%—3%。\n"
    "展望2030年，研发投入强度达到3.5%以上。\n"
)

BASE = """\
[[source]]
id = "zj-report"
title = "省政府工作报告"
file = "sources/report.txt"
date = "2026-01"

[[indicator]]
id = "zj-gdp-2025"
region = "cn-330000"
name = "生产总值"
value = 5.5
unit = "%"
measure = "change"
period = "2025"
source = "zj-report"
quote = "全省生产总值增长5.5%"

[[indicator]]
id = "zj-gdp-2026"
region = "cn-330000"
name = "生产总值"
value = 5
value_high = 5.5
unit = "%"
measure = "change"
status = "target"
period = "2026"
source = "zj-report"
quote = "全省生产总值增长5%—5.5%"

[[indicator]]
id = "zj-jobless-2026"
region = "cn-330000"
name = "城镇调查失业率"
value = 5
unit = "%"
measure = "level"
qualifier = "at_most"
status = "target"
period = "2026"
source = "zj-report"
quote = "城镇调查失业率5%以内"

[[indicator]]
id = "zj-energy-2026"
region = "cn-330000"
name = "单位产值能耗"
value = -3
value_high = -2
unit = "%"
measure = "change"
status = "target"
period = "2026"
source = "zj-report"
quote = "单位产值能耗下降2%—3%"

[[indicator]]
id = "zj-rd-2030"
region = "cn-330000"
name = "研发投入强度"
value = 3.5
unit = "%"
measure = "level"
qualifier = "at_least"
status = "target"
period = "2030"
source = "zj-report"
quote = "研发投入强度达到3.5%以上"
"""


def make(tmp_path, text: str = BASE):
    base = tmp_path / "base"
    (base / "sources").mkdir(parents=True, exist_ok=True)
    (base / "sources" / "report.txt").write_text(PAGE, encoding="utf-8")
    (base / "report.toml").write_text(text, encoding="utf-8")
    return base


@pytest.fixture
def base(tmp_path):
    return make(tmp_path)


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_targets_and_ranges_pass_check(base):
    r = run("check", "--data", "shipped", "--data", str(base))
    assert r.code == 0, r.err


def test_metric_json_carries_status_and_value_high(base):
    records = run("metric", "生产总值", "--data", str(base), "--json").json()
    got = [(r["id"], r["status"], r["value"], r["value_high"], r["value_text"]) for r in records]
    assert got == [
        ("zj-gdp-2025", "actual", 5.5, None, "↑5.5%"),
        ("zj-gdp-2026", "target", 5, 5.5, "↑5%—5.5%"),
    ]
    assert records[0]["figure"] != records[1]["figure"]  # a target and a result are never one figure


@pytest.mark.parametrize("status, ids", [("target", ["zj-gdp-2026"]), ("actual", ["zj-gdp-2025"])])
def test_status_keeps_one_kind_of_figure(base, status, ids):
    records = run("metric", "生产总值", "--data", str(base), "--status", status, "--json").json()
    assert [r["id"] for r in records] == ids


def test_an_unknown_status_is_a_usage_error(base):
    r = run("metric", "生产总值", "--data", str(base), "--status", "planned")
    assert r.code == 2
    assert "planned" in r.err


def test_tables_mark_targets_and_print_them_as_the_page_does(base):
    r = run("show", "浙江", "--data", str(base), "--kind", "indicator", env={"GOVFACTS_LANG": "zh"})
    assert r.code == 0, r.err
    rows = {line.split()[1]: line for line in r.out.splitlines() if line.startswith("浙江省  ") and "20" in line}
    assert "目标 ↑5%—5.5%" in rows["生产总值"]
    assert "目标 5%以内" in rows["城镇调查失业率"]
    assert "目标 ↓2%—3%" in rows["单位产值能耗"]
    assert "目标 3.5%以上" in rows["研发投入强度"]


def test_targets_are_marked_in_english_too(base):
    r = run("metric", "生产总值", "--data", str(base), env={"GOVFACTS_LANG": "en"})
    target_line = next(line for line in r.out.splitlines() if "2026" in line)
    assert "目标 ↑5%—5.5%" in target_line
    result_line = next(line for line in r.out.splitlines() if "2025" in line)
    assert "目标" not in result_line


def test_the_next_plan_period_keeps_its_targets(base):
    records = run("metric", "研发", "--data", str(base), "--period", "十五五", "--json").json()
    assert [r["id"] for r in records] == ["zj-rd-2030"]
    records = run("metric", "生产总值", "--data", str(base), "--period", "十五五", "--within", "--json").json()
    assert [r["id"] for r in records] == ["zj-gdp-2026"]


def test_show_and_search_with_a_status_leave_other_kinds_out(base):
    doc = run("show", "浙江", "--data", "shipped", "--data", str(base), "--all", "--status", "target", "--json").json()
    assert doc["programs"] == [] and doc["honours"] == []
    assert {r["status"] for r in doc["indicators"]} == {"target"}
    assert len(doc["indicators"]) == 4
    hits = run("search", "浙江", "--data", str(base), "--status", "target", "--json").json()
    assert {h["kind"] for h in hits} == {"indicator"}
    assert {h["id"] for h in hits} == {"zj-gdp-2026", "zj-jobless-2026", "zj-energy-2026", "zj-rd-2030"}


def test_compare_shows_a_target_and_a_result_on_rows_of_their_own(base):
    r = run("compare", "浙江", "衢州", "--metric", "生产总值", "--data", "shipped", "--data", str(base), "--json")
    zhejiang = r.json()[0]
    assert zhejiang["生产总值（2025）"] == 5.5 and zhejiang["生产总值（2025） text"] == "↑5.5%"
    assert zhejiang["生产总值（2026，目标）"] == 5 and zhejiang["生产总值（2026，目标） text"] == "↑5%—5.5%"
    only = run("compare", "浙江", "衢州", "--metric", "生产总值", "--status", "target", "--data", str(base), "--json")
    assert [rec.get("生产总值（2026，目标） ids") for rec in only.json()] == [["zj-gdp-2026"], []]
    assert "生产总值（2025）" not in only.json()[0]


def test_a_chart_never_draws_a_target_beside_a_result(base):
    r = run("metric", "生产总值", "--data", str(base), "--chart")
    headings = [line for line in r.out.splitlines() if line.startswith("[")]
    assert len(headings) == 2 and "目标" in headings[1] and "目标" not in headings[0]


def test_every_machine_format_has_status_and_value_high(base):
    csv_out = run("export", "--format", "csv", "--data", str(base), "--status", "target").out
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    assert {r["status"] for r in rows} == {"target"}
    gdp = next(r for r in rows if r["id"] == "zj-gdp-2026")
    assert (gdp["value"], gdp["value_high"]) == ("5", "5.5")
    jsonl = [json.loads(line) for line in run("export", "--data", str(base)).out.splitlines()]
    indicators = [r for r in jsonl if r["kind"] == "indicator"]
    assert all("status" in r and "value_high" in r for r in indicators)
    tsv = run("metric", "生产总值", "--data", str(base), "--format", "tsv").out.splitlines()
    head = tsv[0].split("\t")
    assert "status" in head and "value_high" in head


def test_the_sqlite_export_has_the_columns(base, tmp_path):
    import sqlite3

    target = tmp_path / "facts.db"
    assert run("export", "--format", "sqlite", "-o", str(target), "--data", str(base)).code == 0
    db = sqlite3.connect(target)
    got = db.execute("SELECT id, status, value, value_high FROM facts WHERE status = 'target' ORDER BY id").fetchall()
    assert ("zj-gdp-2026", "target", 5, 5.5) in got
    assert db.execute("SELECT typeof(value_high) FROM facts WHERE id = 'zj-gdp-2026'").fetchone() == ("real",)


@pytest.mark.parametrize(
    "old, new, said",
    [
        ("value_high = 5.5\n", "value_high = 5.6\n", "value_high: 5.6 % is not in its quote"),
        ("value_high = 5.5\n", "value_high = 5\n", "value_high: 5 is not above value 5"),
        ("value_high = -2\n", "value_high = -4\n", "value_high: -4 is not above value -3"),
        ('status = "target"\nperiod = "2026"\nsource = "zj-report"\nquote = "全省', 'status = "planned"\nperiod = "2026"\nsource = "zj-report"\nquote = "全省', "status: 'planned' is not one of: actual, target"),
    ],
)
def test_check_refuses_a_wrong_range_or_status(tmp_path, old, new, said):
    text = BASE.replace(old, new, 1)
    assert text != BASE
    base = make(tmp_path, text)
    r = run("check", "--data", str(base))
    assert r.code == 3, r.err
    field = said.split(":")[0]
    problem = next(line for line in r.err.splitlines() if said in line)
    path, line, _column = problem.split(":")[:3]
    assert path == str(base / "report.toml")
    assert "".join(text.splitlines(keepends=True)[int(line) - 1]).startswith(field)


def test_a_range_whose_ends_are_not_joined_prints_both_ends(tmp_path):
    text = BASE.replace('quote = "全省生产总值增长5%—5.5%"', 'quote = "新的一年主要预期目标：全省生产总值增长5%—5.5%"')
    base = make(tmp_path, text)
    records = run("metric", "生产总值", "--status", "target", "--data", str(base), "--json").json()
    assert records[0]["value_text"] == "↑5%—5.5%"
    scaled = run("metric", "生产总值", "--status", "target", "--scale", "--data", str(base))
    assert "目标 ↑5%—5.5%" in scaled.out
