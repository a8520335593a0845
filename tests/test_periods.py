"""--period as people type it, the way the tables print periods."""

from __future__ import annotations

import pytest

from conftest import run
from govfacts.engine.periods import normalize
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
