"""`compare`: one row per place, over places typed or the places below one, in every format."""

from __future__ import annotations

import csv
import io

import pytest

import report_files as rf
from conftest import SMALL, run, run_zh

REPORTS = rf.reports()
needs_reports = pytest.mark.skipif(not REPORTS, reason="the shared reports are not here")
PROVINCES = ("湖北省", "山东省", "江苏省")
GDP = "地区生产总值（2025，%）"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """Three real provincial reports drafted into a base, layered on the shipped one."""
    if not REPORTS:
        pytest.skip("the shared reports are not here")
    folder = tmp_path_factory.mktemp("drafted") / "base"
    r = run("extract", *(str(REPORTS[p]) for p in PROVINCES), "-o", str(folder))
    assert r.code == 0, r.err
    return ["--data", "shipped", "--data", str(folder)]


@needs_reports
def test_every_province_level_division_is_a_row(drafted):
    grid = run("compare", "--metric", "地区生产总值", "--children", "中国", *drafted, "--json").json()
    names = [r["region"] for r in grid]
    assert len(names) == 34 and names[0] == "北京市"
    assert {"台湾省", "香港特别行政区", "澳门特别行政区", "新疆维吾尔自治区"} <= set(names)
    rows = {r["region"]: r for r in grid}
    assert rows["湖北省"][GDP] == 5.5 and rows["湖北省"][f"{GDP} text"] == "↑5.5%"
    assert rows["北京市"][GDP] is None and rows["北京市"][f"{GDP} ids"] == []


@needs_reports
def test_the_table_shows_a_missing_place_and_sorts_by_value(drafted):
    r = run_zh("compare", "-m", "地区生产总值", "-c", "中国", "--period", "2025", "--status", "actual", "--sort", "value", *drafted)
    lines = r.out.splitlines()
    assert len(lines) == 35  # the header and 34 places
    # the first column is the reports' levels (14.2万亿元), then their growth (↑5.5%)
    assert lines[0].split()[:3] == ["地区", "地区生产总值（2025，元）", GDP]
    values = [line.split()[1] for line in lines[1:]]
    assert values[:2] == ["14.2万亿元", "10.3万亿元"] and values.count("—") == 31
    assert "有 31 个没有" in r.err and "北京市" in r.err  # the note names the places without any


@needs_reports
def test_csv_for_excel_is_the_same_grid(drafted):
    out = run("compare", "-m", "地区生产总值", "-c", "中国", "--excel", *drafted).out
    assert out.startswith("\ufeffregion,region_id,region_path,")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert len(rows) == 34 and rows[0]["region"] == "北京市" and rows[0][GDP] == ""
    assert next(r for r in rows if r["region"] == "山东省")[GDP] == "5.5"


def test_children_of_a_province_are_its_cities():
    grid = run("compare", "--metric", "刑事警情", "--children", "浙江", "--json").json()
    assert [r["region"] for r in grid] == [
        "杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市",
    ]
    assert [r["region"] for r in grid if r["刑事警情（2025，同比）"] is not None] == ["衢州市"]


def test_places_typed_come_first_and_each_place_once():
    grid = run("compare", "衢州", "--children", "浙江", "-m", "刑事警情", "--json").json()
    assert [r["region"] for r in grid][:2] == ["衢州市", "杭州市"] and len(grid) == 11


HEAD, _, BODY = SMALL.partition("[[indicator]]")


def indicator(ident: str, value: str, period: str, basis: str) -> str:
    text = "[[indicator]]" + BODY.replace('"qz-fraud"', f'"{ident}"').replace("-15.9", value)
    text = text.replace('period = "2025"', f'period = "{period}"').replace('basis = "同比"', f'basis = "{basis}"')
    return text.replace("下降15.9%", f"下降{value.lstrip('-')}%")


@pytest.fixture
def two_periods(tmp_path, private_cache):
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.toml").write_text(HEAD, encoding="utf-8")
    (folder / "b.toml").write_text(indicator("one-year", "-15.9", "2025", "同比"), encoding="utf-8")
    (folder / "c.toml").write_text(indicator("five-year", "-30", "2021/2025", "较“十三五”"), encoding="utf-8")
    return ["--data", str(folder)]


def test_within_keeps_only_what_lies_inside_the_period(two_periods):
    overlapping = run("compare", "衢州", "-m", "电诈", "--period", "2025", "--json", *two_periods).json()
    inside = run("compare", "衢州", "-m", "电诈", "--period", "2025", "--within", "--json", *two_periods).json()
    assert [k for k in overlapping[0] if k.endswith(" ids")] == [
        "电信网络诈骗发案数（2025，同比） ids", "电信网络诈骗发案数（2021/2025，较“十三五”） ids",
    ]
    assert [k for k in inside[0] if k.endswith(" ids")] == ["电信网络诈骗发案数（2025，同比） ids"]


def test_a_chart_draws_each_column_on_its_own(two_periods):
    lines = run_zh("compare", "衢州", "浙江", "-m", "电诈", "--chart", *two_periods).out.splitlines()
    assert lines == [
        "[电信网络诈骗发案数（2025，同比）]",
        "衢州市  " + "█" * 40 + " ↓15.9%",
        "浙江省  —",
        "[电信网络诈骗发案数（2021/2025，较“十三五”）]",
        "衢州市  " + "█" * 40 + " ↓30%",
        "浙江省  —",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-m", "电诈"), "govfacts: name the places to compare, or --children PLACE for the places below one\n"),
        (("衢州",), "govfacts: name the indicator to compare: --metric TEXT\n"),
    ],
)
def test_a_comparison_needs_places_and_an_indicator(args, message):
    r = run("compare", *args)
    assert (r.code, r.err) == (2, message)
