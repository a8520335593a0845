"""--limit means the same in every format: 50 table rows by default, every record in the
machine formats, an explicit -n everywhere, per kind of fact in show and source."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import run


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_show_json_with_a_limit_caps_each_kind():
    doc = run("show", "衢州", "--json", "-n", "1").json()
    assert [len(doc[k]) for k in ("indicators", "programs", "honours")] == [1, 1, 1]


def test_show_jsonl_with_a_limit_caps_each_kind_the_same_way():
    lines = jsonl(run("show", "衢州", "-f", "jsonl", "-n", "1").out)
    assert [r["kind"] for r in lines] == ["indicator", "program", "honour"]
    doc = run("show", "衢州", "--json", "-n", "1").json()
    assert [r["id"] for r in lines] == [doc[k][0]["id"] for k in ("indicators", "programs", "honours")]


def test_machine_formats_write_everything_without_a_limit():
    doc = run("show", "衢州", "--json").json()
    assert len(doc["indicators"]) == 67 and len(doc["programs"]) == 106
    assert len(jsonl(run("show", "衢州", "-f", "jsonl").out)) == 67 + 106 + len(doc["honours"])


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "table"])
def test_an_explicit_limit_applies_to_every_format(fmt):
    r = run("metric", "电诈", "-f", fmt, "-n", "2")
    assert r.code == 0
    if fmt == "json":
        rows = r.json()
    elif fmt == "jsonl":
        rows = jsonl(r.out)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.out)))
    else:
        rows = r.out.splitlines()[1:]  # under the header line
    assert len(rows) == 2
    if fmt == "table":
        assert r.err == "… 8 more rows not shown (--limit 0 shows all)\n"


def test_a_table_shows_50_rows_unless_told():
    r = run("programs", "--region", "衢州")
    assert len(r.out.splitlines()) == 1 + 50
    assert r.err.startswith("… ") and "more rows not shown" in r.err
    everything = run("programs", "--region", "衢州", "-n", "0")
    figures = {r["figure"] for r in run("programs", "--region", "衢州", "--json").json()}
    assert len(everything.out.splitlines()) == 1 + len(figures)  # a table row per figure
    assert everything.err == ""


def test_source_limits_each_kind_and_keeps_page_order():
    full = run("source", "quzhou-city-of-li", "--json").json()["facts"]
    shown = run("source", "quzhou-city-of-li", "--json", "-n", "2").json()["facts"]
    expected = [r for r in full if sum(1 for s in full[: full.index(r) + 1] if s["kind"] == r["kind"]) <= 2]
    assert shown == expected
    assert len({r["kind"] for r in shown}) == len({r["kind"] for r in full})


def test_limit_zero_means_all_in_every_format():
    assert len(run("metric", "电诈", "--json", "-n", "0").json()) == len(run("metric", "电诈", "--json").json())
