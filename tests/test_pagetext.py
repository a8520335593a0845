"""Finding quotes on a page: white space aside, exact offsets, one map per page for many quotes."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run
from govfacts.index.pages import closest
from govfacts.pagetext import FlatPage, flatten


def find_by_characters(page: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """The definition: map every non-space character of the page, search the flattened text."""
    positions = [i for i, ch in enumerate(page) if not ch.isspace()]
    flat = "".join(page[i] for i in positions)
    target = flatten(quote)
    if not target:
        return None
    first = next((n for n, i in enumerate(positions) if i >= start), len(positions))
    at = flat.find(target, first)
    if at < 0:
        return None
    return positions[at], positions[at + len(target) - 1] + 1


page_text = st.text(alphabet=st.sampled_from(list("治安警情下降19.1% \n\t\u3000\r")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(page_text, st.lists(st.text(alphabet=st.sampled_from(list("治安 警情1\n")), max_size=5), max_size=8), st.integers(-2, 70))
def test_many_quotes_are_found_where_the_definition_finds_them(page, quotes, start):
    flat = FlatPage(page)  # one map, asked for every quote
    for quote in quotes:
        assert flat.find(quote) == find_by_characters(page, quote)
        assert flat.find(quote, start) == find_by_characters(page, quote, max(start, 0))


def test_a_quote_broken_over_lines_spans_its_first_to_its_last_character():
    page = "第一段。\n\n今年全市刑事警情\n  同比下降\u30005.2%，\r\n治安警情持平。"
    flat = FlatPage(page)
    start, end = flat.find("刑事警情同比下降5.2%")
    assert page[start:end] == "刑事警情\n  同比下降\u30005.2%"
    assert flat.find("治安警情 持平") == (page.index("治安"), page.index("持平") + 2)
    assert flat.find("刑事警情", start + 1) is None and flat.find("   ") is None


def test_source_text_marks_every_quote_of_a_page_with_many(tmp_path, private_cache):
    """300 facts on one page: each quote's span is the quote, line breaks and all."""
    lines = [f"第{n}项工作：\n  受理案件{n}件，\n办结{n}件。" for n in range(300)]
    (tmp_path / "page.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    facts = "".join(
        f'[[program]]\nid = "p{n}"\nregion = "r"\nname = "工作{n}"\ncategory = "机制"\nsummary = "一项"\n'
        f'source = "s"\nquote = "第{n}项工作：受理案件{n}件，办结{n}件。"\n\n'
        for n in range(300)
    )
    head = '[[source]]\nid = "s"\ntitle = "一页"\nfile = "page.txt"\n\n[[region]]\nid = "r"\nname = "衢州市"\nlevel = "地级市"\n\n'
    (tmp_path / "base.toml").write_text(head + facts, encoding="utf-8")
    doc = run("source", "s", "--text", "--json", "--data", str(tmp_path / "base.toml")).json()
    text = doc["text"]
    assert len(doc["quotes"]) == 300
    for n, q in enumerate(doc["quotes"]):
        assert q["id"] == f"p{n}"
        assert text[q["start"] : q["end"]] == f"第{n}项工作：\n  受理案件{n}件，\n办结{n}件。"


def longest_shared_run(a: str, b: str) -> int:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("衢州市刑事治安警情同比下降全年受理各类案件办结平安建设连冠群众满意度")), min_size=30, max_size=400),
    st.data(),
)
def test_the_closest_passage_shares_the_longest_run_with_a_changed_quote(page, data):
    """A passage of the page with a few characters changed: the closest passage found holds the
    longest run of characters the quote shares with the whole page (difflib over all of it)."""
    start = data.draw(st.integers(0, len(page) - 10))
    quote = list(page[start : start + data.draw(st.integers(10, 60))])
    for at in data.draw(st.lists(st.integers(0, len(quote) - 1), max_size=3)):
        quote[at] = "X"
    quote = "".join(quote)
    near = closest(page, quote)
    assert len(near) == min(len(quote), len(page)) or page.endswith(near)
    assert longest_shared_run(near, quote) == longest_shared_run(page, quote)


def test_the_closest_passage_of_a_long_quote_reads_a_bounded_part_of_it():
    page = "前言。" * 50 + "全年受理各类案件14700余件，办结案件1.47万件。" + "结语。" * 50
    quote = "全年受理各类案件14700余件，办结案件1.48万件。" + "另" * 3000
    assert closest(page, quote).startswith("全年受理各类案件14700余件，办结案件1.47万件。结语")
    assert closest(page, "毫无关系") == ""
