"""Tables on terminals of 60, 80, 120 and 200 columns (issue 15): ids, periods and figures never
break, empty columns go, long text wraps or is cut with …, and no line is wider than the terminal."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from conftest import run, run_zh
from govfacts.output.fit import _UNITS, NO_END, NO_START, cut, widths, wrap_text, wrap_words

WIDTHS = (60, 80, 120, 200)
ANSI = re.compile(r"\x1b\[[0-9;]*m")
COMMANDS = (
    ("metric", "电诈"),
    ("show", "衢州", "--limit", "8"),
    ("show", "衢州", "--period", "2024", "--kind", "indicator"),
    ("search", "衢州", "南孔"),
    ("honours", "示范"),
    ("compare", "衢州", "金华", "--metric", "电诈"),
    ("sources",),
    ("regions",),
)


def on_terminal(width: int, *args: str) -> list[str]:
    r = run_zh(*args, env={"FORCE_COLOR": "1", "NO_COLOR": "1", "COLUMNS": str(width)})
    assert r.code == 0, r.err
    return ANSI.sub("", r.out).splitlines()


def records(*args: str) -> list[dict]:
    r = run(*args, "--json")
    data = r.json()
    return data["facts"] if isinstance(data, dict) else data


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_no_line_is_wider_than_the_terminal(width, args):
    lines = on_terminal(width, *args)
    assert lines
    assert max(cell_len(line.rstrip()) for line in lines) <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_periods_and_figures_are_never_broken_inside_a_word(width):
    lines = on_terminal(width, "metric", "电诈")
    words = {w for r in records("metric", "电诈") for w in (r["value_text"], r["period"], r["period_label"]) if w}
    text = "\n".join(lines)
    for word in words:
        assert word in text or f"({word})" in text, (word, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_source_id_is_whole_or_a_prefix_ending_in_an_ellipsis(width):
    ids = {r["source"] for r in records("metric", "电诈")}
    for line in on_terminal(width, "metric", "电诈")[2:]:
        last = line.split()[-1] if line.split() else ""
        if last.startswith(("quzhou", "jinhua")):
            assert last in ids or (last.endswith("…") and any(i.startswith(last[:-1]) for i in ids)), last


def test_at_80_columns_metric_keeps_every_source_id_whole():
    text = "\n".join(on_terminal(80, "metric", "电诈"))
    for ident in {r["source"] for r in records("metric", "电诈")}:
        assert ident in text


@pytest.mark.parametrize("width", WIDTHS)
def test_no_line_of_a_cell_starts_with_closing_punctuation(width):
    for line in on_terminal(width, "show", "衢州", "--kind", "program"):
        for cell in re.split(r" {2,}", line.strip()):
            assert not cell or cell[0] not in "。，、；：）”", (line, width)


def test_a_column_empty_in_every_row_is_left_out():
    piped = run_zh("honours", "示范", "--limit", "3").out.splitlines()[0].split()
    assert piped == ["地区", "荣誉", "级别", "批次", "年份", "来源"]  # no 获得者: no row names one
    assert "获得者" not in "\n".join(on_terminal(80, "honours", "示范", "--limit", "3"))


def test_a_terminal_too_narrow_for_every_column_leaves_optional_ones_out_and_says_so():
    r = run("sources", env={"FORCE_COLOR": "1", "NO_COLOR": "1", "COLUMNS": "60"})
    assert "columns left out at this width: File, Layer" in ANSI.sub("", r.out)
    r = run_zh("sources", env={"FORCE_COLOR": "1", "NO_COLOR": "1", "COLUMNS": "60"})
    assert "此宽度下未显示的列：文件，层" in ANSI.sub("", r.out)
    assert "quzhou-interview-p1" in r.out  # the id stays whole


def test_pipes_get_whole_rows_whatever_the_width():
    r = run("metric", "电诈", env={"COLUMNS": "60"})
    assert "2025年1至11月 (2025-01/2025-11)  jinhua-interview" in r.out


def test_summaries_are_cut_with_an_ellipsis_after_three_lines():
    lines = wrap_text("衢州因地制宜打造的特色矛盾纠纷化解治理品牌，" * 4, 12)
    assert len(lines) > 3
    from govfacts.output.fit import lines_of

    cut_lines = lines_of("衢州因地制宜打造的特色矛盾纠纷化解治理品牌，" * 4, "long", 12)
    assert len(cut_lines) == 3 and cut_lines[-1].endswith("…")


def test_wrapping_keeps_runs_of_digits_and_chinese_punctuation_rules():
    assert wrap_text("比2020年同期", 8) == ["比2020年", "同期"]
    assert wrap_text("衢州市域平安建设工作，与法治衢州一体推进，多年连冠。", 22)[-1] != "。"
    assert wrap_words("2025年1至11月 (2025-01/2025-11)", 20) == ["2025年1至11月", "(2025-01/2025-11)"]
    assert cut("quzhou-interview-p1", 10) == "quzhou-in…"


def test_a_list_of_places_wraps_between_names_never_inside_one():
    names = ["西陵区", "伍家岗区", "点军区", "长阳土家族自治县", "五峰土家族自治县", "宜都市"]
    lines = wrap_text("下辖: " + "、".join(names), 30, names)
    assert all(cell_len(line) <= 30 for line in lines) and len(lines) > 1
    assert "".join(lines) == "下辖: " + "、".join(names)
    for name in names:
        assert any(name in line for line in lines), name  # (each whole on one line)
    assert wrap_text("下辖: " + "、".join(names), 30) != lines  # (as prose, a name would break)


def test_the_review_mark_after_a_name_is_never_broken():
    from govfacts.output import labels
    from govfacts.output.fit import lines_of

    mark = labels.review_mark().strip()
    for width in range(cell_len(mark), cell_len(mark) + 14):  # (a column narrower than the mark must break it)
        lines = lines_of("受理和审(执)结各类案件" + labels.review_mark(), "text", width)
        assert any(mark in line for line in lines), (width, lines)


def test_widths_give_up_text_before_labels_and_labels_before_keys():
    headers = ["地区", "指标", "时期", "来源"]
    cells = [["衢州市", "电信网络诈骗发案数同比", "2025年1至11月 (2025-01/2025-11)", "quzhou-city-of-li"]]
    fits = ["key", "text", "key", "label"]
    assert widths(fits, headers, cells, 200) == [6, 22, 31, 17]
    assert widths(fits, headers, cells, 58) == [6, 12, 17, 17]  # text wraps and the period at its space
    assert widths(fits, headers, cells, 50) == [6, 8, 17, 13]  # then the label is shortened


@given(st.text(alphabet="衢州市平安建设，。“”（）2025abc- ", max_size=60), st.integers(min_value=4, max_value=30))
def test_wrapped_text_fits_and_loses_nothing_but_spaces(text, width):
    lines = wrap_text(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    if any(c in NO_START for c in text):
        return
    for line, after in zip(lines, lines[1:], strict=False):
        if len(line) > 1 and line[-1] in NO_END:  # “ ends a line only where it cannot go down: with
            units = _UNITS.findall(after)  # the “（ that begin the next line and the word after them,
            lead = next((n for n, u in enumerate(units) if u[-1] not in NO_END), len(units) - 1)
            down = line[-1] + "".join(units[: lead + 1])  # it would be wider than a line
            assert cell_len(down) > width, (line, after)
