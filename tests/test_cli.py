"""The command line as a user meets it: version, help, data selection, exit codes, messages."""

from __future__ import annotations

from conftest import DATA, GAZETTEER_LINE, SMALL, run, run_process, run_zh
from govfacts import __version__
from govfacts.errors import ExitCode


def test_version():
    r = run("--version")
    assert (r.code, r.out) == (0, f"govfacts {__version__}\n")


def test_help_documents_the_exit_codes():
    r = run("--help")
    assert r.code == 0
    for text in ("0 success", "1 nothing matched", "2 usage error", "3 invalid or"):
        assert text in " ".join(r.out.split())


def test_python_dash_m_runs_the_tool():
    r = run_process("--version")
    assert (r.code, r.out.strip()) == (0, f"govfacts {__version__}")


def test_shipped_base_is_the_default():
    r = run("check")
    assert r.code == 0, r.err
    assert r.out.startswith("ok: 5 sources, ")


def test_govfacts_data_environment_variable(small):
    r = run("metric", "电诈", "--json", env={"GOVFACTS_DATA": str(small)})
    assert r.code == 0
    assert [x["id"] for x in r.json()] == ["qz-fraud"]


def test_data_option_beats_the_environment(small, tmp_path):
    r = run("check", "--data", str(small), env={"GOVFACTS_DATA": str(tmp_path / "missing")})
    assert r.code == 0


def test_no_match_exits_1_with_empty_json(small):
    r = run("metric", "不存在的指标", "--json", "--data", str(small))
    assert (r.code, r.out) == (ExitCode.NO_MATCH, "[]\n")


def test_no_match_table_says_so_on_stderr(small):
    r = run("metric", "不存在的指标", "--data", str(small))
    assert r.code == 1
    assert r.out == ""
    assert r.err == "govfacts: no indicator matches '不存在的指标'\n"


def test_unknown_place_suggests(small):
    r = run("show", "衢洲", "--data", str(small))
    assert r.code == 1
    assert r.err == "govfacts: no place named '衢洲'; did you mean 衢州市?\n"


def test_usage_errors_exit_2():
    for args in (
        ["metric"],
        ["show", "衢州", "--format", "xml"],
        ["metric", "电诈", "--sort", "size"],
        ["show", "衢州", "--kind", "person"],
        ["nonsense"],
    ):
        r = run(*args)
        assert r.code == ExitCode.USAGE, args


def test_unknown_format_lists_the_accepted_values():
    r = run("metric", "电诈", "--format", "xml")
    assert r.code == 2
    for name in ("table", "json", "jsonl", "csv", "tsv"):
        assert name in r.err


def test_empty_query_is_a_usage_error(small):
    r = run("metric", "  ", "--data", str(small))
    assert r.code == 2
    assert r.err == "govfacts: the query text is empty\n"


def test_bad_period_is_a_usage_error(small):
    r = run("metric", "电诈", "--period", "last year", "--data", str(small))
    assert r.code == 2
    assert "is not a period" in r.err


def test_json_and_format_must_agree(small):
    r = run("metric", "电诈", "--json", "--format", "csv", "--data", str(small))
    assert r.code == 2


def test_no_traceback_on_a_broken_base(tmp_path):
    path = tmp_path / "f.toml"
    path.write_bytes(b"\x00\x01[[[")
    r = run_process("show", "衢州", "--data", str(path))
    assert r.code == 3
    assert "Traceback" not in r.err
    assert len(r.err.splitlines()) == 2


def test_real_base_from_any_directory(tmp_path):
    import os
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "govfacts", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ.copy(),
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr


def test_every_command_has_help_and_an_example():
    from govfacts.cli.main import app

    for info in app.registered_commands:
        doc = info.callback.__doc__ or ""
        assert doc.strip(), info.name
        assert "Example: govfacts " in doc, info.name


def test_small_base_fixture_is_what_the_tests_assume():
    assert "衢州市" in SMALL and DATA.is_dir()


def test_schema_doc_example_is_a_valid_fact_base(tmp_path):
    import re
    import shutil

    text = (DATA.parent / "docs" / "schema.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.S).group(1)
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    shutil.copytree(DATA / "sources", tmp_path / "sources")  # the pages its quotes are checked against
    r = run("check", "--data", str(path))
    assert r.code == 0, r.err
    assert r.out == "ok: 2 sources, 2 regions, 1 indicator, 1 program, 1 honour, 1 term\n" + GAZETTEER_LINE


def test_readme_gives_the_two_setup_commands():
    readme = (DATA.parent / "README.md").read_text(encoding="utf-8")
    assert "pip install . && govfacts show 衢州" in readme
    assert "pip install -e '.[test]' && pytest" in readme
    ci = (DATA.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && pytest" in ci


def test_a_run_builds_only_the_command_it_names():
    from govfacts.cli.main import app, for_argv

    def names(argv: list[str]) -> list[str | None]:
        return [c.callback.__name__ if c.callback else None for c in for_argv(app, argv).registered_commands]

    assert names(["metric", "电诈"]) == ["metric"]
    assert len(names(["--help"])) == len(names([])) == len(app.registered_commands) > 5
    assert len(names(["metirc"])) == len(app.registered_commands)  # a typo wants the whole list to suggest from
    assert len(app.registered_commands) > 5  # the shared app is left whole


def test_a_mistyped_command_is_still_told_what_there_is():
    r = run_process("metirc", "电诈")
    assert r.code == 2
    assert "No such command 'metirc'" in r.err
    assert "metric" in r.err


def test_a_warm_json_query_imports_only_what_it_needs():
    import subprocess
    import sys

    run("metric", "电诈", "--json")  # warm the index
    code = (
        "import runpy, sys, io, contextlib\n"
        "sys.argv = ['govfacts', 'metric', '电诈', '--json']\n"
        "try:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        runpy.run_module('govfacts', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    loaded = set(proc.stdout.split())
    for heavy in (
        "rich",
        "hashlib",  # a tenth of the query's time: the index is named by zlib checksums
        "pypinyin",
        "opencc",
        "tomllib",
        "rtoml",
        "govfacts.index.compile",
        "govfacts.index.load",
        "govfacts.index.parse",
        "govfacts.index.validate",
        "govfacts.index.names",
        "govfacts.output.datasette",
        "govfacts.output.tables",
        # the report readers of `extract`, and the libraries they load
        "govfacts.readers.document",
        "govfacts.batch.run",
        "lxml",
        "readability",
        "pypdf",
        "docx",
    ):
        assert heavy not in loaded, heavy
    assert "govfacts.engine.facts" in loaded


def test_chart_groups_bars_by_unit_measure_and_basis():
    lines = run_zh("metric", "电诈", "--chart").out.splitlines()
    headings = [line for line in lines if line.startswith("[")]
    assert headings[:2] == ["[%，变化，同比]", "[%，变化，比2020年同期]"]
    jinhua = lines.index("[%，变化，比2020年同期]")
    assert all(line.startswith("金华市") for line in lines[jinhua + 1 : jinhua + 3])


def test_sort_by_value_stays_within_each_unit():
    rows = run("metric", "电诈", "--sort", "value", "--json").json()
    units = [(r["unit"], r["measure"]) for r in rows]
    assert units == sorted(units, key=units.index)  # each unit's rows together
    for unit in set(units):
        values = [r["value"] for r in rows if (r["unit"], r["measure"]) == unit]
        assert values == sorted(values, reverse=True)


def test_a_place_typed_as_several_words_is_one_place():
    r = run("show", "Qu", "Zhou", "-n", "1")
    assert r.code == 0, r.err
    assert r.out.startswith("衢州市  ")
    assert run("show", "qu", "zhou", "--json").json()["region"]["id"] == "quzhou"


def test_search_numbers_the_rows_as_it_shows_them():
    """The two statements of 衢州市's 平安建设连冠 are one row: rows 1, 2, 3, not 1, 3, 4."""
    table = run("search", "连冠").out.splitlines()[1:]
    assert [line.split()[0] for line in table] == ["1", "2", "3"]
    assert [h["rank"] for h in run("search", "连冠", "--json").json()] == [1, 1, 2, 3]  # a figure's statements share its row


def test_a_search_row_of_several_statements_shows_their_period():
    """刑事案件数 is stated on two pages, both over 2021/2025: the one row says so."""
    row = next(line for line in run_zh("search", "刑事案件").out.splitlines() if "刑事案件数" in line)
    assert "2021/2025" in row and row.endswith("2 页")


def test_command_help_is_paragraphs_the_terminal_wraps():
    """A docstring's line breaks would break the help mid-sentence at the terminal's width."""
    import typer.main

    from govfacts.cli.main import app

    for name, cmd in typer.main.get_command(app).commands.items():
        for paragraph in (cmd.help or "").split("\n\n"):
            assert "\n" not in paragraph, name
