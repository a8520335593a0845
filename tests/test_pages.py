"""Quotes and figures checked against their pages: every check, every number form, every message."""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA, run

PAGE = """某市2025年工作综述
全市刑事警情同比下降15.9%,群众安全感达99.1%。
全年受理各类案件14700余件,涉案金额8.36亿元,
办结案件1.47万件。平安建设实现十九连冠,
电诈损失下降三成,连续两年获评先进。
"""

BASE = """\
[[source]]
id = "page"
title = "某市2025年工作综述"
file = "sources/page.txt"

[[region]]
id = "city"
name = "某市"
level = "地级市"
"""


def indicator(ident: str, value: str, unit: str, quote: str, measure: str = "level") -> str:
    return (
        f'\n[[indicator]]\nid = "{ident}"\nregion = "city"\nname = "{ident}"\nvalue = {value}\n'
        f'unit = "{unit}"\nmeasure = "{measure}"\nsource = "page"\nquote = "{quote}"\n'
    )


def base(tmp_path, *facts: str, page: str | bytes = PAGE):
    folder = tmp_path / "base"
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    page_file = folder / "sources" / "page.txt"
    if isinstance(page, bytes):
        page_file.write_bytes(page)
    else:
        page_file.write_text(page, encoding="utf-8")
    (folder / "facts.toml").write_text(BASE + "".join(facts), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("value", "unit", "measure", "quote"),
    [
        ("99.1", "%", "level", "群众安全感达99.1%"),
        ("-15.9", "%", "change", "全市刑事警情同比下降15.9%"),
        ("14700", "件", "level", "全年受理各类案件14700余件"),
        ("14700", "件", "level", "办结案件1.47万件"),
        ("836000000", "元", "level", "涉案金额8.36亿元"),
        ("19", "连冠", "level", "平安建设实现十九连冠"),
        ("-30", "%", "change", "电诈损失下降三成"),
        ("2", "年", "level", "连续两年获评先进"),
        ("99.1", "%", "level", "全市刑事警情同比下降15.9%,群众安全感达99.1%"),  # a level beside a fall
    ],
)
def test_every_form_a_page_writes_a_figure_in_is_accepted(tmp_path, private_cache, value, unit, measure, quote):
    r = run("check", "--data", str(base(tmp_path, indicator("x", value, unit, quote, measure))))
    assert r.code == 0, r.err


def test_a_quote_across_a_line_break_of_the_page_is_on_the_page(tmp_path, private_cache):
    quote = "涉案金额8.36亿元,办结案件1.47万件"  # the page breaks the line between the two
    assert run("check", "--data", str(base(tmp_path, indicator("x", "14700", "件", quote)))).code == 0


def test_a_quote_not_on_the_page_is_an_error_with_the_closest_passage(tmp_path, private_cache):
    folder = base(tmp_path, indicator("x", "-91.1", "%", "全市刑事警情同比下降91.1%", "change"))
    r = run("check", "--data", str(folder))
    assert r.code == 3
    assert r.err.splitlines()[0] == (
        f"{folder / 'facts.toml'}:19:9: indicator 'x': quote: not on the page; "
        "the closest passage is “全市刑事警情同比下降15.9%”"
    )


def test_an_invented_quote_is_an_error(tmp_path, private_cache):
    r = run("check", "--data", str(base(tmp_path, indicator("x", "5", "起", "发生命案5起"))))
    assert r.code == 3 and "indicator 'x': quote: not on the page" in r.err


def test_a_value_not_in_its_quote_is_an_error(tmp_path, private_cache):
    folder = base(tmp_path, indicator("x", "22", "件", "全年受理各类案件14700余件"))
    r = run("check", "--data", str(folder))
    assert r.code == 3
    assert r.err.splitlines()[0] == (
        f"{folder / 'facts.toml'}:15:9: indicator 'x': value: 22 件 is not in its quote: “全年受理各类案件14700余件”"
    )


def test_a_sign_against_the_quote_is_an_error(tmp_path, private_cache):
    r = run("check", "--data", str(base(tmp_path, indicator("x", "15.9", "%", "全市刑事警情同比下降15.9%", "change"))))
    assert r.code == 3
    assert "value: 15.9 is a rise, but its quote states the change the other way" in r.err


def test_a_unit_with_a_magnitude_is_an_error(tmp_path, private_cache):
    r = run("check", "--data", str(base(tmp_path, indicator("x", "83600", "万元", "涉案金额8.36亿元"))))
    assert r.code == 3
    assert "unit: '万元' carries a magnitude; use the plain unit '元' and multiply the value by 10,000" in r.err


def test_a_source_without_a_page_is_not_checked_and_is_counted(tmp_path, private_cache):
    folder = base(tmp_path, indicator("x", "5", "起", "a quote of a page that is not here"))
    toml = folder / "facts.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('file = "sources/page.txt"\n', ""), encoding="utf-8")
    r = run("check", "--data", str(folder))
    assert r.code == 0, r.err
    assert r.err == "note: 1 fact cites a source with no page text (file); its quote and figure were not checked\n"
    assert {"kind": "unverified", "count": 1} in run("check", "--json", "--data", str(folder)).json()


def test_a_missing_page_file_is_an_error_naming_it(tmp_path, private_cache):
    folder = base(tmp_path, indicator("x", "99.1", "%", "群众安全感达99.1%"))
    (folder / "sources" / "page.txt").unlink()
    r = run("check", "--data", str(folder))
    assert r.code == 3
    page = folder / "sources" / "page.txt"  # named from the current folder, as a shell would reach it
    assert r.err.splitlines()[0] == f"{folder / 'facts.toml'}:4:8: source 'page': file: no such file: {page}"


def test_a_gb18030_page_is_refused_with_the_command_that_converts_it(tmp_path, private_cache):
    folder = base(tmp_path, indicator("x", "99.1", "%", "群众安全感达99.1%"), page=PAGE.encode("gb18030"))
    r = run("show", "某市", "--data", str(folder))
    assert r.code == 3
    page = folder / "sources" / "page.txt"
    assert f"file: {page} is not UTF-8 text: it reads as GB18030" in r.err
    assert f"iconv -f GB18030 -t UTF-8 {page} > {page}.utf8 && mv {page}.utf8 {page}" in r.err
    assert "Traceback" not in r.err


def test_editing_only_the_page_is_seen_by_the_next_command(tmp_path, private_cache):
    folder = base(tmp_path, indicator("x", "99.1", "%", "群众安全感达99.1%"))
    assert run("check", "--data", str(folder)).code == 0
    (folder / "sources" / "page.txt").write_text(PAGE.replace("99.1", "98.9"), encoding="utf-8")
    r = run("check", "--data", str(folder))
    assert r.code == 3 and "indicator 'x': quote: not on the page" in r.err
    (folder / "sources" / "page.txt").write_text(PAGE, encoding="utf-8")
    assert run("check", "--data", str(folder)).code == 0


def test_an_edited_shipped_quote_fails_check_naming_file_and_line(tmp_path, private_cache):
    copy = tmp_path / "shipped"
    shutil.copytree(DATA, copy)
    toml = copy / "facts.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace("分别下降19.1%、3.3%", "分别下降91.1%、3.3%"), encoding="utf-8")
    r = run("check", "--data", str(copy))
    assert r.code == 3
    line = text[: text.index("分别下降19.1%、3.3%")].count("\n") + 1
    assert r.err.startswith(f"{toml}:{line}:9: indicator 'p003-quzhou-criminal-calls-2025': quote: not on the page")


def test_the_site_s_source_and_time_line_ends_its_sentence() -> None:
    from govfacts.extract.draft import draft
    from govfacts.extract.gazetteer_match import PlaceFinder

    text = "某市打击电诈成绩亮眼\n来源:某某网    时间:2023-07-07 18:40:41\n快速止付冻结涉案资金2.1亿元,返还群众被骗资金3100万余元。\n"
    found = draft(text, "2023-07-07", "南阳市", PlaceFinder.from_gazetteer()).indicators
    assert [r["name"] for r in found] == ["快速止付冻结涉案资金", "返还群众被骗资金"]
