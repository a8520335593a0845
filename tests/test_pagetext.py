"""Finding quotes on a page: white space aside, exact offsets, one map per page for many quotes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run
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

