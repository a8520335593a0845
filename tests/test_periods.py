"""--period as people type it, the way the tables print periods."""

from __future__ import annotations

import pytest

from conftest import run
from govfacts.engine.typed_periods import normalize
from govfacts.errors import UsageError


@pytest.mark.parametrize(
    ("typed", "period"),
    [
        ("2025", "2025"),
        ("2025年", "2025"),
        ("2025-03", "2025-03"),
        ("2025年3月", "2025-03"),
        ("2025年1至11月", "2025-01/2025-11"),
        ("2025年1-11月", "2025-01/2025-11"),
        ("2021/2025", "2021/2025"),
        ("2021-2025", "2021/2025"),
        ("2021至2025", "2021/2025"),
        ("2021年至2025年", "2021/2025"),
        ("十四五", "2021/2025"),
        ("“十四五”", "2021/2025"),
        ("十四五期间", "2021/2025"),
        ("十三五", "2016/2020"),
        ("２０２５年", "2025"),  # full-width digits
    ],
)
def test_periods_are_read_as_typed(typed, period):
    assert normalize(typed) == period


@pytest.mark.parametrize("typed", ["二〇二五", "2025年13月", "2025年11至1月", "去年", ""])
def test_what_is_no_period_is_a_usage_error_listing_the_forms(typed):
    with pytest.raises(UsageError, match="write it as one of: 2025, 2025年"):
        normalize(typed)


def test_the_commands_take_the_forms_the_tables_print():
    plan = {r["id"] for r in run("show", "衢州", "--kind", "indicator", "--period", "十四五", "--json").json()["indicators"]}
    assert plan == {r["id"] for r in run("show", "衢州", "--kind", "indicator", "--period", "2021/2025", "--json").json()["indicators"]}
    assert run("metric", "电诈", "--period", "2025年", "--json").json() == run("metric", "电诈", "--period", "2025", "--json").json()
    assert run("honours", "--period", "2025年", "--json").code == 0
    r = run("metric", "电诈", "--period", "二〇二五")
    assert r.code == 2 and r.err.startswith("govfacts: --period '二〇二五' is not a period; write it as one of:")


def test_show_ranks_by_fit_and_says_when_nothing_fits_exactly():
    r = run("show", "衢州", "--period", "2024", "--kind", "indicator", "-n", "0")
    rows = [line for line in r.out.splitlines() if line.startswith("衢州市  ")][1:]  # under the place's own line
    assert rows and all("≈ " in line for line in rows)  # every row of its own only overlaps 2024
    assert r.err.splitlines()[-1] == (
        "none of 衢州市's own facts is dated within 2024; the places below it hold 12 that are (--all shows them)"
    )


def test_an_exact_period_comes_first_then_those_inside_then_those_that_overlap():
    found = run("show", "衢州", "--all", "--period", "2024", "--kind", "indicator", "--json").json()["indicators"]
    periods = [r["period"] for r in found]
    # the twelve facts dated 2024 first; then figures that overlap it (with all their statements)
    assert periods[:12] == ["2024"] * 12 and "2024" not in periods[12:] and "2021/2025" in periods[12:]
    inside = run("show", "金华", "--kind", "indicator", "--period", "2025", "--json").json()["indicators"]
    order = [{"2025": 0, "2025-01/2025-11": 1}.get(r["period"], 2) for r in inside]
    assert order == sorted(order) and order[0] == 0 and 1 in order and 2 in order


def test_search_puts_the_facts_dated_that_year_first():
    hits = run("search", "2024", "--json").json()
    assert hits[0]["period"] == "2024"
    dated = [h["period"] == "2024" for h in hits]
    assert dated == sorted(dated, reverse=True)  # every 2024 fact before every other


def test_within_keeps_only_what_lies_inside_the_period():
    found = run("show", "衢州", "--all", "--period", "2024", "--kind", "indicator", "--within", "--json").json()
    assert {r["period"] for r in found["indicators"]} == {"2024"} and len(found["indicators"]) == 12
    r = run("show", "衢州", "--period", "2024", "--kind", "indicator", "--within")
    assert r.code == 1
    assert r.err == "govfacts: none of 衢州市's own facts is dated within 2024; the places below it hold 12 that are (--all shows them)\n"
    months = run("metric", "电诈", "--period", "2025", "--within", "--json").json()
    assert months and all(p in ("2025", "2025-01/2025-11") for p in (m["period"] for m in months))
