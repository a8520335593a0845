"""Drafting costs grow in step with the page: ten times the text, about ten times the work.

The work is counted, not timed: the Python lines and calls the drafter runs (sys.settrace), which
a scan of the whole page for each sentence or figure multiplies with the page's length. How long
large pages take is in benchmarks/extract_scale.py.
"""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder, PlainDivision

PLACES = PlaceFinder(
    [
        PlainDivision("330000", "浙江省", "省", None),
        PlainDivision("330800", "衢州市", "地级市", "330000"),
        PlainDivision("330803", "衢江区", "区", "330800"),
        PlainDivision("330822", "常山县", "县", "330800"),
        PlainDivision("330700", "金华市", "地级市", "330000"),
        PlainDivision("330726", "浦江县", "县", "330700"),
    ]
)


def page(sentences: int, stop: str) -> str:
    """A page of made-up sentences with places, towns, periods, quotation marks and figures;
    a line break after every 50 sentences (so that restatements are looked for across paragraphs).

    (A value stated again and again in every paragraph is compared with each of its other
    statements, as a restatement must be: that work grows with the square of its repeats.)"""
    rng = random.Random(7)
    out = ["衢州市平安建设工作综述\n"]
    for k in range(sentences):
        place = rng.choice(["衢江区", "常山县", "浦江县", "金华市", "球川镇", ""])
        out.append(
            f"{'2025年,' if k % 7 == 0 else ''}{place}受理“{k % 5}号”类案件{rng.randint(10, 9999)}件,"
            f"同比下降{rng.randint(1, 99)}.{k % 10}%,化解纠纷{rng.randint(10, 999)}起、信访{k + 2}件{stop}"
        )
        if k % 50 == 49 and stop != ",":
            out.append("\n")
    return "".join(out)


def work(text: str) -> int:
    """The Python lines and calls that drafting `text` runs."""
    count = 0

    def tracer(frame, event, arg):  # noqa: ANN001, ANN202 - the sys.settrace signature
        nonlocal count
        count += 1
        return tracer

    draft(text[:200], "2025-12", "衢州", PLACES)  # patterns compiled and cached before the count
    before = sys.gettrace()
    sys.settrace(tracer)
    try:
        records = draft(text, "2025-12", "衢州", PLACES).records
    finally:
        sys.settrace(before)
    assert records
    return count


@pytest.mark.parametrize(("stop", "shape"), [("。", "sentences"), (",", "one sentence")])
def test_ten_times_the_page_is_about_ten_times_the_work(stop, shape):
    # linear work gives 10 (the counts come out at 9.9 to 10.0); a scan of the page, or of the
    # sentence, for each sentence or figure gave 32 and 74 on these pages
    small, large = work(page(40, stop)), work(page(400, stop))
    assert large <= 12 * small, f"{shape}: {large / small:.1f} times the work for 10 times the page"


# The lookups that replaced scans give the scans' answers: each against its plain definition.
_PIECES = ["衢江区", "常山县", "从", "与", "球川", "镇", "乡", "村", "街道", "城乡", "的", "全", "“", "”", "2025年", "至",
           "2026年", "-", "连续两年", "今年", "受理", "案件", "5件", ",", "\n", "樟潭镇长", "推进乡村", "球川镇"]


@settings(deadline=None, max_examples=60)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60), st.data())
def test_the_page_lookups_agree_with_scanning(pieces, data):
    from govfacts.chinese.periods import find_periods
    from govfacts.extract.page import prepare
    from govfacts.extract.region import Region
    from govfacts.extract.years_said import SentencePeriods, YearsSaid, years_said

    page = prepare("".join(pieces))
    region = Region(page, PLACES, "衢州")
    text = page.text
    copy = (text + "x")[:-1]  # the same words in another string: Region reads it by scanning
    own = find_periods(text, "2025-12")
    timed = SentencePeriods(own)
    n = len(text)
    edges = [k + 1 for k, ch in enumerate(text) if ch in "镇乡道"] or [n]  # a span that ends at a town
    for _ in range(10):
        start = data.draw(st.one_of(st.just(0), st.integers(0, n)))
        end = max(start, data.draw(st.one_of(st.integers(start, n), st.sampled_from(edges))))
        assert region.named(start, end, text) == region.named(start, end, copy)
        assert region.local(start, end, text, None) == region.local(start, end, copy, None)
        assert [m for m in region.mentions if start <= m[0] < end] == region.at(start, end)
        assert page.in_quotes(start, end) == next(((a, b) for a, b in page.quoted if a < start and end < b), None)
        assert page.line_of(start) == text[:start].count("\n")
        assert page.line_start(start) == text.rfind("\n", 0, start) + 1
        assert YearsSaid(text, 0, n).years(start) == years_said(text[:start])
        before = [p for p in own if p.end <= end and p.scope not in ("none", "streak")]
        assert timed.last_before(end) == (before[-1] if before else None)
        for subject in (None, start):
            assert timed.streaks(end, subject) == [p for p in own if p.scope == "streak" and p.period and (
                p.start <= end < p.end or (subject is not None and subject <= p.start and p.end <= end))]
