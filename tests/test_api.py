"""The Python API: what a notebook user does with govfacts.open(), and that it answers as the CLI does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govfacts
from conftest import run


def test_the_api_gives_the_records_the_cli_writes():
    with govfacts.open() as base:
        for records, args in [
            (base.metric("电诈").to_records(), ["metric", "电诈", "--json"]),
            (base.programs(region="衢州").to_records(), ["programs", "--region", "衢州", "--json"]),
            (base.sources().to_records(), ["sources", "--json"]),
            (base.compare(["衢州", "金华"], metric="刑事警情").to_records(), ["compare", "衢州", "金华", "--metric", "刑事警情", "--json"]),
        ]:
            assert records == json.loads(run(*args).out), args


def test_one_name_alone_is_a_list_of_one_never_its_characters():
    with govfacts.open("shipped") as base:
        one = base.compare("衢州", metric="电诈").to_records()
        assert [r["region"] for r in one] == ["衢州市"] == [r["region"] for r in base.compare(["衢州"], metric="电诈")]
        assert {r["kind"] for r in base.show("衢州", kinds="honour")} == {"honour"}
    assert govfacts.open(["shipped"]).layers == ["shipped"]
    with pytest.raises(govfacts.UsageError, match="text or a path, not 3"):
        govfacts.open(["shipped", 3])


def test_an_export_reads_again_and_after_the_library_is_closed():
    base = govfacts.open()
    exported = base.export()
    first = exported.to_records()
    base.close()
    assert exported.to_records() == first and len(first) == len(exported) > 100
    actual = [r for r in first if r["kind"] == "indicator" and r.get("status") in (None, "actual")]
    assert govfacts.open().export(status="actual").to_records() == actual and len(actual) == 125


def test_results_say_what_they_hold():
    base = govfacts.open()
    found = base.metric("电诈", region="衢州")
    assert repr(found) == f"<FactList: {len(found)} records>" and len(found) >= 1
    empty = base.metric("没有这个指标")
    assert len(empty) == 0 and empty.nothing and repr(empty).startswith("<FactList: nothing (")
    assert repr(base).startswith("govfacts.Library(")


def test_the_place_errors_are_public_and_carry_suggestions():
    with pytest.raises(govfacts.UnknownPlace) as caught:
        govfacts.open().show("衢洲")
    assert isinstance(caught.value, govfacts.NoMatch) and "衢州市" in caught.value.suggested
    assert caught.value.exit_code == govfacts.ExitCode.NO_MATCH == 1


def test_an_extract_names_its_report_as_the_cli_does(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("r.txt").write_text("2025年，衢州市地区生产总值增长6.1%。\n", encoding="utf-8")
    drafted = govfacts.open().extract("r.txt", date="2026-01")
    cli = json.loads(run("extract", "r.txt", "--date", "2026-01", "-f", "json").out)
    assert drafted.to_records() == cli and cli[0]["report"] == "r.txt" and cli[0]["value"] == 6.1
    assert drafted.toml.startswith("#") and "[[indicator]]" in drafted.toml


def test_an_unreadable_report_raises_the_public_error(tmp_path: Path):
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(bytes(range(256)) * 4)  # named .pdf, and not text either
    with pytest.raises(govfacts.Unreadable):
        govfacts.open().extract(fake)
