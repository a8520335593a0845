"""The query engine itself, without the CLI: place matching and its ranks, name matching, results."""

from __future__ import annotations

import pytest

from govfacts.engine import facts, search
from govfacts.engine.compare import compare
from govfacts.engine.match import (
    EXACT,
    IN_ORDER,
    PINYIN,
    SYNONYM,
    AmbiguousPlace,
    UnknownPlace,
    find_place,
    match_labels,
    prepare,
    transposed,
)
from govfacts.engine.results import ALL_FIELDS, FIELDS, SEARCH_FIELDS
from govfacts.errors import NoMatch, UsageError


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("衢州市", "quzhou"),  # the full name
        ("衢州", "quzhou"),  # the short form
        ("三衢", "quzhou"),  # an alias
        ("有礼之城", "quzhou"),
        ("quzhou", "quzhou"),  # pinyin
        ("Qu Zhou", "quzhou"),  # spaced, capitals
        ("Qū Zhōu", "quzhou"),  # tone marks
        ("qz", "quzhou"),  # initials
        ("ＱＵＺＨＯＵ", "quzhou"),  # full-width letters
        ("金華", "jinhua"),  # traditional characters
        ("开化", "kaihua"),  # a county's short form
        ("江山", "jiangshan"),  # a county-level city
        ("樟潭", "zhangtan"),  # a street below a district
        ("浙江", "zhejiang"),
        ("浙", "zhejiang"),  # a one-character alias
        ("  衢州  ", "quzhou"),  # white space around it
    ],
)
def test_find_place(real_db, typed, expected):
    assert find_place(real_db, typed) == expected


def test_an_ambiguous_name_lists_the_places(real_db):
    with pytest.raises(AmbiguousPlace, match=r"'衢' could be 2 places: 衢州市, 衢江区; say which"):
        find_place(real_db, "衢")


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("衢洲", "衢州市"), ("quzou", "衢州市"), ("金花", "金华市"), ("jinhau", "金华市"), ("华金", "金华市")],
)
def test_a_typo_gets_a_suggestion_never_a_guess(real_db, typed, suggested):
    with pytest.raises(NoMatch) as e:
        find_place(real_db, typed)
    assert e.value.message == f"no place named {typed!r}; did you mean {suggested}?"


@pytest.mark.parametrize("key", ["jinhua", "quzhou", "kaihua", "jiangshan", "longyou"])
def test_two_adjacent_letters_swapped_suggest_the_place(real_db, key):
    """Any transposition outranks every other near spelling (jinhau is 金华市, not 金湖县)."""
    (name,) = real_db.execute("SELECT name FROM region WHERE id = ?", (find_place(real_db, key),)).fetchone()
    for at in range(len(key) - 1):
        typed = key[:at] + key[at + 1] + key[at] + key[at + 2 :]
        if typed == key or real_db.execute("SELECT 1 FROM place_key WHERE key = ?", (typed,)).fetchone():
            continue
        with pytest.raises(UnknownPlace) as e:
            find_place(real_db, typed)
        assert e.value.suggested == [name], typed


def test_transposed_is_one_swap_of_neighbours():
    assert transposed("jinhua", "jinhau") and transposed("金华", "华金")
    assert not transposed("jinhua", "jinhua") and not transposed("jinhua", "jnhiua") and not transposed("ab", "abc")


@pytest.mark.parametrize("typed", ["", "   ", "衢" * 201])
def test_empty_or_overlong_text_is_a_usage_error(real_db, typed):
    with pytest.raises(UsageError):
        find_place(real_db, typed)


def ranks(db, text):
    """The best rank each matching fact name got, by name."""
    found = match_labels(db, prepare(db, text))
    names = dict(db.execute("SELECT id, text FROM label"))
    return {names[lid]: rank for lid, rank in found.items()}


@pytest.mark.parametrize(
    ("typed", "name", "rank"),
    [
        ("刑事警情", "刑事警情", EXACT),
        ("电诈", "电信网络诈骗发案数", SYNONYM),  # through a [[term]]
        ("xingshijingqing", "刑事警情", PINYIN),
        ("刑警情", "刑事警情", IN_ORDER),  # characters in order
    ],
)
def test_match_ranks(real_db, typed, name, rank):
    assert ranks(real_db, typed)[name] == rank


def test_an_exact_name_ranks_above_one_that_contains_it(real_db):
    found = ranks(real_db, "刑事警情")
    contains = [n for n in found if n != "刑事警情" and "刑事警情" in n]
    assert contains and all(found[n] > found["刑事警情"] for n in contains)


def test_results_carry_their_contract(real_db):
    found = facts.facts_matching(real_db, "电诈", "indicator")
    assert found.fields == FIELDS["indicator"]
    assert found.rows and all(tuple(r) == FIELDS["indicator"] for r in found.rows)
    hits = search.search(real_db, "衢州 2025 电诈")
    assert hits.hits and all(tuple(h) == SEARCH_FIELDS for h in hits.hits)
    profile = facts.profile(real_db, "开化")
    assert profile.fields == ALL_FIELDS
    assert {r["kind"] for r in profile.records()} <= {"indicator", "program", "honour"}


def test_profile_keeps_only_the_kinds_asked_for(real_db):
    profile = facts.profile(real_db, "衢州", kinds=("honour",))
    assert profile.records() and {r["kind"] for r in profile.records()} == {"honour"}
    document = profile.document(profile.records())
    assert document["indicators"] == [] and document["programs"] == []
    assert len(document["honours"]) == len(profile.records())


def test_compare_lists_places_in_the_order_asked(real_db):
    comparison = compare(real_db, ["金华", "衢州", "衢州市"], "电诈发案")
    assert [p.id for p in comparison.places] == ["jinhua", "quzhou"]  # the same place once
    assert [r["region_id"] for r in comparison.records()] == ["jinhua", "quzhou"]


def test_compare_tells_series_apart_by_period_and_basis(real_db):
    comparison = compare(real_db, ["衢州", "金华"], "电诈发案")
    assert [s.label for s in comparison.series] == [
        "电信网络诈骗发案数（2025，同比）",
        "电信网络诈骗发案数（2025-01/2025-11，比2020年同期）",
    ]
    quzhou, jinhua = comparison.records()
    assert (quzhou["电信网络诈骗发案数（2025，同比）"], jinhua["电信网络诈骗发案数（2025，同比）"]) == (-15.9, None)
    assert jinhua["电信网络诈骗发案数（2025-01/2025-11，比2020年同期） sources"] == ["jinhua-interview"]


def test_compare_takes_the_places_below_one(real_db):
    comparison = compare(real_db, [], "刑事警情", children=["衢州"])
    assert [p.name for p in comparison.places] == ["柯城区", "衢江区", "常山县", "开化县", "龙游县", "江山市"]  # as show lists them
