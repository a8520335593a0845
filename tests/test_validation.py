"""Validation: every class of problem, its message, and that all problems are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import GAZETTEER_LINE, SMALL, run
from govfacts.errors import ExitCode


def write(tmp_path: Path, text: str, name: str = "facts.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def check(path: Path):
    return run("check", "--data", str(path))


def test_clean_base_passes(small):
    r = check(small)
    assert r.code == 0
    assert r.out == "ok: 1 source, 2 regions, 1 indicator, 0 programs, 0 honours, 0 terms\n" + GAZETTEER_LINE


def test_syntax_error_names_file_line_and_column(tmp_path):
    lines = SMALL.splitlines()
    lines.insert(5, 'name = "衢州市')  # line 6: an unterminated string
    path = write(tmp_path, "\n".join(lines))
    r = check(path)
    assert r.code == ExitCode.BAD_DATA
    assert r.err.startswith(f"{path}:6:")
    assert "TOML syntax" in r.err
    assert r.out == ""


def test_string_where_a_number_belongs(tmp_path):
    path = write(tmp_path, SMALL.replace("value = -15.9", 'value = "-15.9"'))
    r = check(path)
    assert r.code == 3
    assert f"{path}:20:9: indicator 'qz-fraud': value: expected a number, got the string '-15.9'" in r.err


def test_unknown_field_suggests_the_right_one(tmp_path):
    path = write(tmp_path, SMALL.replace("value = -15.9", "valu = -15.9"))
    r = check(path)
    assert r.code == 3
    assert f"{path}:20:1: indicator 'qz-fraud': valu: unknown field; did you mean 'value'?" in r.err
    assert "value: required field is missing" in r.err


def test_duplicate_id_across_kinds(tmp_path):
    path = write(
        tmp_path,
        SMALL + '\n[[program]]\nid = "qz"\nregion = "qz"\nname = "x"\nsource = "page-a"\nquote = "q"\n',
    )
    r = check(path)
    assert r.code == 3
    assert f"program 'qz': id: duplicate id, first used by a region at {path}:11" in r.err


def test_missing_region_reference(tmp_path):
    path = write(tmp_path, SMALL.replace('region = "qz"', 'region = "quzhou"'))
    r = check(path)
    assert r.code == 3
    assert f"{path}:18:10: indicator 'qz-fraud': region: no region with id 'quzhou'" in r.err


def test_missing_source_and_holder_references(tmp_path):
    extra = '\n[[honour]]\nid = "h"\nregion = "qz"\nname = "示范市"\nsource = "nope"\nquote = "q"\nholder = "ghost"\n'
    r = check(write(tmp_path, SMALL + extra))
    assert r.code == 3
    assert "honour 'h': source: no source with id 'nope'" in r.err
    assert "honour 'h': holder: no program with id 'ghost'" in r.err


def test_value_not_in_allowed_list(tmp_path):
    r = check(write(tmp_path, SMALL.replace('measure = "change"', 'measure = "delta"')))
    assert r.code == 3
    assert "measure: 'delta' is not one of: level, change" in r.err


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('id = "qz-fraud"', 'id = "QZ_Fraud"', "id: 'QZ_Fraud' is not a valid id"),
        ('period = "2025"', 'period = "2025-13"', "period: '2025-13' is not a period"),
        ('period = "2025"', 'period = "2025/2021"', "period: '2025/2021' ends before it starts"),
        (
            'title = "测试页面"',
            'title = "测试页面"\ndate = "2025-02-30x"',
            "date: '2025-02-30x' is not a date",
        ),
        ('level = "省"', 'level = "国"', "level: '国' is not one of: 国家, 省, 自治区, 直辖市"),
        ("value = -15.9", "value = nan", "value: nan is not a finite number"),
        ("value = -15.9", "value = inf", "value: inf is not a finite number"),
        ("value = -15.9", "value = true", "value: expected a number, got a boolean"),
        ('unit = "%"', 'unit = ""', "unit: is empty"),
        ('unit = "%"', 'unit = "%\\u001b[31m"', "unit: holds the control character U+001B"),
    ],
)
def test_malformed_values(tmp_path, old, new, message):
    assert old in SMALL
    r = check(write(tmp_path, SMALL.replace(old, new, 1)))
    assert r.code == 3
    assert message in r.err


def test_missing_required_field(tmp_path):
    r = check(write(tmp_path, SMALL.replace('unit = "%"\n', "")))
    assert r.code == 3
    assert "indicator 'qz-fraud': unit: required field is missing" in r.err


def test_region_cycle(tmp_path):
    text = SMALL.replace('level = "省"', 'level = "省"\nparent = "qz"')
    r = check(write(tmp_path, text))
    assert r.code == 3
    assert "parent: regions form a cycle: zj → qz → zj" in r.err


def test_unknown_table(tmp_path):
    r = check(write(tmp_path, SMALL.replace("[[indicator]]", "[[indicatr]]")))
    assert r.code == 3
    assert (
        "unknown table 'indicatr'; expected one of: source, region, indicator, program, honour, term; did you mean 'indicator'?"
        in r.err
    )


def test_not_utf8(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_bytes(SMALL.encode("utf-8").replace("测试页面".encode(), "测试页面".encode("gbk")))
    r = check(path)
    assert r.code == 3
    assert r.err.startswith(f"{path}:3:10: not UTF-8 text")


def test_not_toml(tmp_path):
    r = check(write(tmp_path, "<html><body>not toml</body></html>\n"))
    assert r.code == 3
    assert ":1:1: TOML syntax" in r.err


def test_data_path_that_does_not_exist(tmp_path):
    missing = tmp_path / "nowhere"
    r = check(missing)
    assert r.code == 3
    assert r.err.startswith(f"{missing}: no such file or folder")


def test_every_problem_is_reported(tmp_path):
    text = SMALL.replace("value = -15.9", 'value = "x"').replace('measure = "change"', 'measure = "m"')
    text = text.replace('level = "地级市"', 'level = "城"')
    r = check(write(tmp_path, text))
    assert r.code == 3
    problems = [line for line in r.err.splitlines() if not line.startswith("govfacts:")]
    assert len(problems) == 3
    assert r.err.splitlines()[-1] == "govfacts: the fact base is invalid (3 problems)"


def test_folder_merges_files_and_references_cross_them(tmp_path):
    head, _, facts = SMALL.partition("[[indicator]]")
    folder = tmp_path / "base"
    (folder / "sub").mkdir(parents=True)
    write(folder, head, "places.toml")
    write(folder / "sub", "[[indicator]]" + facts, "facts.toml")
    r = check(folder)
    assert r.code == 0, r.err
    assert "1 source, 2 regions, 1 indicator" in r.out


def test_duplicate_id_across_files(tmp_path):
    folder = tmp_path / "base"
    folder.mkdir()
    write(folder, SMALL, "a.toml")
    write(folder, '[[source]]\nid = "page-a"\ntitle = "again"\n', "b.toml")
    r = check(folder)
    assert r.code == 3
    assert (
        f"{folder / 'b.toml'}:2:6: source 'page-a': id: duplicate id, first used by a source at {folder / 'a.toml'}:2"
        in r.err
    )


def test_every_command_refuses_an_invalid_base(tmp_path):
    path = write(tmp_path, SMALL.replace("value = -15.9", 'value = "x"'))
    for args in (["show", "衢州"], ["metric", "电诈"], ["export"], ["regions"], ["sources"]):
        r = run(*args, "--data", str(path))
        assert r.code == 3, args
        assert "value: expected a number" in r.err
        assert r.out == ""


def test_bom_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL.replace("\n", "\r\n").encode("utf-8"))
    assert check(path).code == 0


def test_validation_never_changes_the_file(tmp_path):
    path = write(tmp_path, SMALL.replace("value = -15.9", 'value = "x"'))
    before = path.read_bytes()
    check(path)
    assert path.read_bytes() == before
