"""Figures: the statements of one or more pages that state the same fact, shown once."""

from __future__ import annotations

import pytest

from conftest import SMALL, run, run_zh
from govfacts.factbase import FactBase
from govfacts.index.grouping import assign, figure_id

HEAD, _, BODY = SMALL.partition("[[indicator]]")


def statement(ident: str, value: str = "-15.9", period: str | None = "2025", basis: str | None = "同比") -> str:
    """The small base's indicator under another id, value, period and basis."""
    text = "[[indicator]]" + BODY.replace('"qz-fraud"', f'"{ident}"').replace("-15.9", value)
    text = text.replace('period = "2025"\n', f'period = "{period}"\n' if period else "")
    return text.replace('basis = "同比"\n', f'basis = "{basis}"\n' if basis else "")


def base(tmp_path, *files: str):
    folder = tmp_path / "base"
    folder.mkdir(exist_ok=True)
    (folder / "a.toml").write_text(HEAD, encoding="utf-8")
    for n, text in enumerate(files):
        (folder / f"f{n}.toml").write_text(text, encoding="utf-8")
    return folder


def records(folder):
    return {r["id"]: r for r in run("metric", "电诈", "--json", "--data", str(folder)).json()}


def test_pages_that_agree_make_one_figure(tmp_path, private_cache):
    found = records(base(tmp_path, statement("a"), statement("b")))
    assert found["a"]["figure"] == found["b"]["figure"]
    assert (found["a"]["agrees_with"], found["a"]["conflicts_with"]) == (["b"], [])
    table = run("metric", "电诈", "--data", str(tmp_path / "base")).out.splitlines()
    assert len(table) == 2 and table[1].endswith("page-a")  # one figure, stated twice on one page


def test_pages_that_differ_make_one_figure_with_both_values(tmp_path, private_cache):
    found = records(base(tmp_path, statement("a"), statement("b", "-16")))
    assert found["a"]["figure"] == found["b"]["figure"]
    assert (found["a"]["agrees_with"], found["a"]["conflicts_with"]) == ([], ["b"])
    table = run("metric", "电诈", "--data", str(tmp_path / "base")).out.splitlines()
    assert len(table) == 2 and "↓15.9% ≠ ↓16%" in table[1]


def test_another_year_or_basis_is_another_figure(tmp_path, private_cache):
    found = records(base(tmp_path, statement("a"), statement("b", period="2024"), statement("c", basis="环比")))
    assert len({r["figure"] for r in found.values()}) == 3


def test_a_five_year_figure_and_a_one_year_figure_are_two_rows(tmp_path, private_cache):
    # the 2025 growth states no basis; the five-year average states 年均 over 2021/2025:
    # they share the period's end, but not the period, so neither conflicts with the other
    folder = base(tmp_path, statement("a", basis=None), statement("b", "-5.9", period="2021/2025", basis="年均"))
    found = records(folder)
    assert found["a"]["figure"] != found["b"]["figure"]
    assert found["a"]["conflicts_with"] == [] == found["b"]["conflicts_with"]
    table = run("metric", "电诈", "--data", str(folder)).out.splitlines()
    assert len(table) == 3 and "≠" not in "\n".join(table)


def test_a_year_and_its_last_month_state_one_period(tmp_path, private_cache):
    found = records(base(tmp_path, statement("a"), statement("b", period="2025-12")))
    assert found["a"]["figure"] == found["b"]["figure"]


def test_an_unstated_period_or_basis_joins_the_one_figure_it_fits(tmp_path, private_cache):
    found = records(base(tmp_path, statement("a"), statement("b", period=None), statement("c", basis=None)))
    assert len({r["figure"] for r in found.values()}) == 1


def test_a_statement_that_fits_several_figures_stands_alone(tmp_path, private_cache):
    found = records(base(tmp_path, statement("a"), statement("b", period="2024"), statement("c", period=None)))
    assert found["a"]["figure"] != found["b"]["figure"]
    assert found["c"]["figure"] not in (found["a"]["figure"], found["b"]["figure"])


def test_figure_ids_are_stable_across_builds(tmp_path, private_cache):
    folder = base(tmp_path, statement("a"), statement("b"))
    first = records(folder)["a"]["figure"]
    FactBase(folder).index_path.unlink()
    assert records(folder)["a"]["figure"] == first


def test_an_update_that_splits_a_figure(tmp_path, private_cache):
    folder = base(tmp_path, statement("a"), statement("b"))
    assert len({r["figure"] for r in records(folder).values()}) == 1
    (folder / "f1.toml").write_text(statement("b", period="2024"), encoding="utf-8")
    found = records(folder)
    assert found["a"]["figure"] != found["b"]["figure"] and found["a"]["agrees_with"] == []


def test_an_update_that_merges_two_figures(tmp_path, private_cache):
    folder = base(tmp_path, statement("a"), statement("b", "-16", period="2024"))
    assert len({r["figure"] for r in records(folder).values()}) == 2
    (folder / "f1.toml").write_text(statement("b", "-16"), encoding="utf-8")
    found = records(folder)
    assert found["a"]["figure"] == found["b"]["figure"] and found["a"]["conflicts_with"] == ["b"]
    db = FactBase(folder).open()
    assert db.execute("SELECT members, pages, differs FROM figure").fetchall() == [(2, 1, 1)]


def test_an_incremental_update_equals_a_fresh_build(tmp_path, private_cache):
    folder = base(tmp_path, statement("a"), statement("b", "-16", period="2024"))
    records(folder)
    (folder / "f1.toml").write_text(statement("b", "-16"), encoding="utf-8")
    (folder / "f2.toml").write_text(statement("c", period=None), encoding="utf-8")
    updated = records(folder)
    FactBase(folder).index_path.unlink()
    assert records(folder) == updated


@pytest.mark.parametrize(
    ("statements", "figures"),
    [
        ([("2025-12", "同比"), ("2025-12", None), (None, "同比"), (None, None)], 1),
        ([("2025-12", "同比"), ("2025-12", "环比"), ("2025-12", None)], 3),  # None fits both: alone
        ([("2025-12", None), (None, "同比")], 2),  # neither refines the other
        ([("2024-12", "同比"), ("2025-12", "同比"), (None, "同比")], 3),
    ],
)
def test_assign(statements, figures):
    rows = [(n, f"s{n}", pend, basis) for n, (pend, basis) in enumerate(statements)]
    assert len({fig for fig, _ in assign(7, rows)}) == figures


def test_programs_and_honours_group_by_place_and_name():
    r = run_zh("honours", "平安中国建设示范市")
    assert r.out.splitlines()[1].split() == ["衢州市", "平安中国建设示范市", "国家级", "第一批、首批", "3", "页"]
    programs = run_zh("programs", "南孔有礼解纷").out.splitlines()
    assert programs[1].startswith("衢州市  南孔有礼解纷") and programs[1].endswith("3 页")


def test_a_matching_figure_returns_every_statement():
    r = run("honours", "法治政府建设示范市", "--period", "2025", "--json").json()
    assert len(r) == 3 and len({h["figure"] for h in r}) == 1
    assert [h["year"] for h in r].count(2025) == 1
    table = run("honours", "法治政府建设示范市", "--period", "2025").out.splitlines()
    assert len(table) == 2 and "全国法治政府建设示范市" in table[1] and "2025" in table[1]


def test_figure_numbers_are_48_bits():
    assert 0 <= figure_id(1, "x") < 2**48
