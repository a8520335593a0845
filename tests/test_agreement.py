"""Values that agree within their qualifiers are one value, not a conflict."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conftest import SMALL, run, run_zh
from govfacts.agreement import INF, Bounds, agree, all_agree, bounds, clusters
from govfacts.factbase import FactBase

HEAD, _, BODY = SMALL.partition("[[indicator]]")


def stated(ident: str, words: str, value: str, qualifier: str | None = None) -> str:
    """The small base's indicator as another page states it: 同比下降<words>."""
    text = "[[indicator]]" + BODY.replace('"qz-fraud"', f'"{ident}"').replace("-15.9", value)
    text = text.replace("下降15.9%", f"下降{words}")
    return text + (f'qualifier = "{qualifier}"\n' if qualifier else "")


def base(tmp_path, *files: str):
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.toml").write_text(HEAD, encoding="utf-8")
    for n, text in enumerate(files):
        (folder / f"f{n}.toml").write_text(text, encoding="utf-8")
    return folder


def test_more_than_agrees_with_a_number_above_it():
    assert agree(bounds(4000, "more_than"), bounds(4211))
    assert not agree(bounds(4000, "more_than"), bounds(4000))
    assert agree(bounds(4000, "at_least"), bounds(4000))
    assert not agree(bounds(2000, "more_than"), bounds(1900))


def test_a_qualifier_speaks_of_the_size_of_a_fall():
    assert bounds(-30, "more_than") == Bounds(-INF, -30, high_in=False, low_in=True)
    assert agree(bounds(-30, "more_than"), bounds(-34.6))
    assert not agree(bounds(-30, "more_than"), bounds(-20))
    assert agree(bounds(-5, "at_most"), bounds(-3)) and not agree(bounds(-5, "at_most"), bounds(3))


def test_about_reaches_a_tenth_either_side_and_a_range_its_ends():
    assert agree(bounds(30, "about"), bounds(32.5)) and not agree(bounds(30, "about"), bounds(34))
    assert agree(bounds(5, high=5.5), bounds(5.5)) and not agree(bounds(5, high=5.5), bounds(6))


def test_values_hedged_alike_around_different_numbers_differ():
    assert not agree(bounds(5, "about"), bounds(4.5, "about"))
    assert not agree(bounds(2000, "more_than"), bounds(2500, "more_than"))
    assert agree(bounds(2000, "more_than"), bounds(2500, "at_least"))
    assert agree(bounds(5, "about"), bounds(5, "about"))


def test_one_without_a_number_agrees_only_with_another():
    assert agree(None, None) and not agree(None, bounds(1))


def test_clusters_put_the_most_precise_value_first():
    found = clusters([bounds(4000, "more_than"), bounds(4211), bounds(3900)])
    assert found == [[1, 0], [2]]


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
qualifiers = st.sampled_from([None, "at_least", "more_than", "at_most", "less_than", "about"])
values = st.builds(bounds, finite, qualifiers)


@given(values, values)
def test_agreement_is_symmetric_and_a_value_agrees_with_itself(a, b):
    assert agree(a, b) == agree(b, a)
    assert agree(a, a)


@given(st.lists(values, min_size=1, max_size=6))
def test_clusters_hold_every_statement_once_and_agree_within(stated_values):
    groups = clusters(stated_values)
    assert sorted(i for members in groups for i in members) == list(range(len(stated_values)))
    assert all(all_agree([stated_values[i] for i in members]) for members in groups)
    assert (len(groups) == 1) == all_agree(stated_values)


def test_a_figure_stated_as_over_and_as_a_number_above_it_is_no_conflict(tmp_path, private_cache):
    folder = base(tmp_path, stated("a", "超15%", "-15", "more_than"), stated("b", "15.9%", "-15.9"))
    found = {r["id"]: r for r in run("metric", "电诈", "--json", "--data", str(folder)).json()}
    assert found["a"]["figure"] == found["b"]["figure"]
    assert (found["a"]["agrees_with"], found["a"]["conflicts_with"]) == (["b"], [])
    table = run_zh("metric", "电诈", "--data", str(folder)).out.splitlines()
    assert len(table) == 2 and "≠" not in table[1]
    assert "↓15.9%" in table[1] and "超" not in table[1]  # the most precise value
    assert FactBase(folder).open().execute("SELECT members, differs FROM figure").fetchall() == [(2, 0)]


def test_a_figure_stated_as_over_and_as_a_number_below_it_is_a_conflict(tmp_path, private_cache):
    folder = base(tmp_path, stated("a", "超16%", "-16", "more_than"), stated("b", "15.9%", "-15.9"))
    found = {r["id"]: r for r in run("metric", "电诈", "--json", "--data", str(folder)).json()}
    assert found["a"]["conflicts_with"] == ["b"]
    table = run_zh("metric", "电诈", "--data", str(folder)).out.splitlines()
    assert len(table) == 2 and "≠" in table[1]
    assert FactBase(folder).open().execute("SELECT members, differs FROM figure").fetchall() == [(2, 1)]


def test_a_value_no_number_meets_still_agrees_with_its_own_words():
    """低于0 read as a fall of less than nothing holds no number, yet two pages saying it agree."""
    assert agree(bounds(0, "less_than"), bounds(0, "less_than"))
    assert not agree(bounds(0, "less_than"), bounds(0))
