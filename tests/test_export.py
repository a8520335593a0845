"""The export record: a documented, flat shape, the same keys for every record of a kind."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import DATA, SMALL, run
from govfacts.engine.results import ALL_FIELDS, FIELDS

INDICATOR_KEYS = [
    "id",
    "kind",
    "region",
    "region_id",
    "region_path",
    "name",
    "value",
    "value_high",
    "unit",
    "measure",
    "value_text",
    "qualifier",
    "status",
    "basis",
    "period",
    "period_label",
    "figure",
    "agrees_with",
    "conflicts_with",
    "tags",
    "note",
    "review",
    "source",
    "source_title",
    "quote",
]


def test_indicator_record_shape(small):
    r = run("export", "--format", "json", "--data", str(small))
    assert r.code == 0
    assert r.json() == [
        {
            "id": "qz-fraud",
            "kind": "indicator",
            "region": "衢州市",
            "region_id": "qz",
            "region_path": ["浙江省", "衢州市"],
            "name": "电信网络诈骗发案数",
            "value": -15.9,
            "value_high": None,
            "unit": "%",
            "measure": "change",
            "value_text": "↓15.9%",
            "qualifier": None,
            "status": "actual",
            "basis": "同比",
            "period": "2025",
            "period_label": None,
            "figure": "fig-0f1227301932",
            "agrees_with": [],
            "conflicts_with": [],
            "tags": [],
            "note": None,
            "review": [],
            "source": "page-a",
            "source_title": "测试页面",
            "quote": "电信网络诈骗发案数同比下降15.9%",
        }
    ]
    assert list(r.json()[0]) == INDICATOR_KEYS == list(FIELDS["indicator"])


def test_json_is_raw_utf8(small):
    out = run("export", "--format", "json", "--data", str(small)).out
    assert "衢州市" in out and "\\u" not in out


def test_every_record_of_a_kind_has_the_same_keys():
    lines = run("export", "--data", str(DATA)).out.splitlines()
    records = [json.loads(line) for line in lines]
    assert {r["kind"] for r in records} == {"indicator", "program", "honour"}
    for r in records:
        assert list(r) == list(FIELDS[r["kind"]])


def test_csv_has_every_column_and_list_fields_as_json(small):
    out = run("export", "--format", "csv", "--data", str(small)).out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == ALL_FIELDS
    assert json.loads(rows[0]["region_path"]) == ["浙江省", "衢州市"]
    assert rows[0]["value"] == "-15.9"
    assert rows[0]["holder"] == ""


def test_jsonl_is_the_default_one_record_per_line(small):
    out = run("export", "--data", str(small)).out
    assert out.count("\n") == 1
    assert json.loads(out)["id"] == "qz-fraud"


def test_export_to_a_file(small, tmp_path):
    target = tmp_path / "out.jsonl"
    r = run("export", "-o", str(target), "--data", str(small))
    assert r.code == 0 and r.out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "qz-fraud"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_refuses_to_overwrite_its_input(small):
    r = run("export", "-o", str(small), "--data", str(small))
    assert r.code == 2
    assert "refusing to overwrite" in r.err
    assert small.read_text(encoding="utf-8") == SMALL


def test_export_refuses_a_file_inside_the_folder_it_reads(tmp_path):
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.toml").write_text(SMALL, encoding="utf-8")
    r = run("export", "-o", str(folder / "a.toml"), "--data", str(folder))
    assert r.code == 2
    assert (folder / "a.toml").read_text(encoding="utf-8") == SMALL


def test_excel_writes_csv_with_a_byte_order_mark(tmp_path):
    r = run("metric", "电诈", "--excel", "-n", "1")
    assert r.code == 0 and r.out.startswith("\ufeffid,kind,region,")
    assert run("check", "--excel").out.startswith("\ufeffkind,count\n")
    target = tmp_path / "facts.csv"
    assert run("export", "--excel", "-o", str(target)).code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,kind,")


@pytest.mark.parametrize("args", [("metric", "电诈", "--excel", "--json"), ("export", "--excel", "--format", "json")])
def test_excel_goes_only_with_csv(args):
    r = run(*args)
    assert r.code == 2 and "--excel writes CSV" in r.err


def test_export_writes_tsv():
    lines = run("export", "--format", "tsv").out.splitlines()
    assert lines[0].startswith("id\tkind\tregion\t") and len(lines) == 1 + 125 + 233 + 41
