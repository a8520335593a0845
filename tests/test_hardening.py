"""Hostile data, bad queries, broken caches, pipes and locales: the tool answers or says why."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import SMALL, run, run_process
from govfacts.output.env import Env, clean
from govfacts.output.labels import Column
from govfacts.output.tables import write_table

MARKUP = "[bold red]警告[/] [link=https://example.com]点这里[/link]"


def markup_base(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_text(
        SMALL.replace('name = "电信网络诈骗发案数"', f'name = "电信网络诈骗{MARKUP}"'), encoding="utf-8"
    )
    return path


def test_markup_in_data_prints_literally_when_piped(tmp_path):
    r = run("metric", "电信网络诈骗", "--data", str(markup_base(tmp_path)))
    assert r.code == 0
    assert MARKUP in r.out
    assert "\x1b" not in r.out


def test_markup_in_data_prints_literally_on_a_terminal(tmp_path):
    r = run(
        "metric",
        "电信网络诈骗",
        "--data",
        str(markup_base(tmp_path)),
        env={"FORCE_COLOR": "1", "COLUMNS": "300"},
    )
    assert r.code == 0
    assert MARKUP in r.out
    assert "\x1b]8;" not in r.out  # no hyperlink escape was made from the data


def test_control_characters_in_data_are_refused(tmp_path):
    for bad in ("\\u001b[2J", "\\u0007", "\\r", "\\u009b31m"):
        path = tmp_path / "facts.toml"
        path.write_text(SMALL.replace('basis = "同比"', f'basis = "同比{bad}"'), encoding="utf-8")
        r = run("metric", "电诈", "--data", str(path))
        assert r.code == 3, bad
        assert "basis: holds the control character" in r.err


def test_control_characters_never_reach_the_terminal_even_if_they_get_in():
    import io

    out = io.StringIO()
    rows = [{"name": "a\x1b[31mb\x07c\rd\u202ee"}]
    write_table(Env(stdout=out, terminal=False), rows, [Column("name", "名称")])
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue() and "\r" not in out.getvalue()
    assert "\\x1b[31m" in out.getvalue()
    assert clean("\u202e") == "\\u202e"


def test_newlines_in_multiline_fields_do_not_break_tsv(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_text(SMALL.replace('quote = "', 'note = """两行\n说明\t制表"""\nquote = "'), encoding="utf-8")
    r = run("metric", "电诈", "--format", "tsv", "--data", str(path))
    assert r.code == 0
    lines = r.out.splitlines()
    assert len(lines) == 2
    assert "两行\\n说明\\t制表" in lines[1]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["metric", ""], 2),
        (["show", ""], 2),
        (["search", " "], 2),
        (["metric", "电" * 100_000], 2),
        (["show", "衢" * 100_000], 2),
        (["metric", "' OR 1=1; --"], 1),
        (["metric", "%%"], 1),
        (["metric", "__"], 1),
        (["show", "%"], 1),
        (["show", "衢州", "--period", "2025-99"], 2),
        (["show", "衢州", "--kind", "people"], 2),
        (["metric", "电诈", "--sort", "size"], 2),
        (["show", "火星"], 1),
    ],
)
def test_bad_queries(args, code):
    r = run(*args)
    assert r.code == code, r.err
    assert "Traceback" not in r.err
    assert r.err.strip()


def test_long_query_gets_a_clear_message():
    r = run("metric", "电" * 100_000)
    assert r.err == "govfacts: the query text is too long (100,000 characters; at most 200)\n"


def test_wildcards_match_only_when_the_data_holds_them(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_text(SMALL.replace('name = "电信网络诈骗发案数"', 'name = "达标率100%_a"'), encoding="utf-8")
    assert run("metric", "100%_", "--json", "--data", str(path)).code == 0
    assert run("metric", "1%a", "--json", "--data", str(path)).code == 0  # characters in order
    assert run("metric", "%_", "--json", "--data", str(path)).code == 0
    assert run("metric", "%%", "--json", "--data", str(path)).code == 1  # the data has one % only
    assert run("metric", "__", "--json", "--data", str(path)).code == 1


def test_unknown_values_list_the_accepted_ones():
    r = run("show", "衢州", "--kind", "people")
    assert r.code == 2
    for name in ("indicator", "program", "honour"):
        assert name in r.err
    r = run("metric", "电诈", "--sort", "size")
    for name in ("rank", "value", "region", "period"):
        assert name in r.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'[[source]]\nid = "a"\ntitle = "\x00"\n', "TOML syntax"),
        (b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", ""),
        (b"[[indicator]]\nvalue = 1" + b"0" * 400 + b"\n", "too large"),
        (b"\xff\xfe[\x00[\x00", "not UTF-8"),
        (b"x = {" * 3000, ""),
    ],
    ids=["nul", "deep-arrays", "huge-int", "utf16", "deep-tables"],
)
def test_bad_data_gets_a_clear_error(tmp_path, content, message):
    path = tmp_path / "facts.toml"
    path.write_bytes(content)
    r = run_process("check", "--data", str(path))
    assert r.code == 3
    assert message in r.err
    assert "Traceback" not in r.err


def test_a_large_file_loads(tmp_path):
    rows = [SMALL]
    for i in range(3000):
        rows.append(
            f'[[indicator]]\nid = "x-{i}"\nregion = "qz"\nname = "指标{i}"\nvalue = {i}\nunit = "件"\n'
            f'measure = "level"\nsource = "page-a"\nquote = "q"\n'
        )
    path = tmp_path / "big.toml"
    path.write_text("\n".join(rows), encoding="utf-8")
    r = run("check", "--data", str(path))
    assert r.code == 0
    assert "3001 indicators" in r.out


def test_four_processes_on_a_cold_cache_agree(tmp_path):
    # more processes than this machine has cores, all building one index at once; a small base,
    # so that the test is about their taking turns, not about the build's cost
    base = tmp_path / "facts.toml"
    base.write_text(SMALL, encoding="utf-8")
    env = {**os.environ, "GOVFACTS_CACHE_DIR": str(tmp_path / "cold")}
    cmd = [sys.executable, "-m", "govfacts", "metric", "电诈", "--json", "--data", str(base)]

    def one(_):
        return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(one, range(4)))
    assert {r.returncode for r in results} == {0}
    assert len({r.stdout for r in results}) == 1
    assert all(r.stderr == "" for r in results)
    assert [p.name for p in (tmp_path / "cold").iterdir() if p.name.endswith(".tmp")] == []


def test_head_ends_quietly():
    proc = subprocess.run(
        f'"{sys.executable}" -m govfacts export | head -1',
        shell=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**os.environ, "PYTHONUNBUFFERED": ""},
    )
    assert proc.stderr == ""
    assert proc.stdout.startswith('{"id":')


def test_broken_pipe_exit_status_is_zero():
    proc = subprocess.Popen(
        [sys.executable, "-m", "govfacts", "export", "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""


@pytest.mark.parametrize("locale_env", [{"LC_ALL": "C"}, {"LC_ALL": "C", "PYTHONIOENCODING": "ascii"}])
def test_chinese_prints_as_utf8_under_any_locale(locale_env):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    env.update(locale_env)
    proc = subprocess.run(
        [sys.executable, "-m", "govfacts", "show", "衢州", "--kind", "honour"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "衢州市" in proc.stdout.decode("utf-8")


def test_no_color_and_force_color():
    forced = run("show", "衢州", "--kind", "honour", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in forced.out and "───" in forced.out
    plain = run("show", "衢州", "--kind", "honour", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "───" in plain.out
    assert "\x1b[3" not in plain.out and "\x1b[9" not in plain.out
    piped = run("show", "衢州", "--kind", "honour")
    assert "\x1b" not in piped.out and "───" not in piped.out


def test_ctrl_c_exits_130_quietly(monkeypatch):
    import govfacts.engine.facts

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(govfacts.engine.facts, "facts_matching", interrupted)
    r = run("metric", "电诈")
    assert r.code == 130
    assert "Traceback" not in r.err


def test_ctrl_c_from_a_real_signal():
    import signal
    import time

    code = (
        "import sys, time, govfacts.engine.facts as q\n"
        "def slow(*a, **k):\n    print('ready', flush=True); time.sleep(30)\n"
        "q.facts_matching = slow\n"
        "sys.argv = ['govfacts', 'metric', '电诈']\n"
        "from govfacts.cli.main import main\nmain()\n"
    )
    # SIGINT back to its default in the child: a test run in the background (nohup, `&`) hands
    # its children SIGINT ignored, and a program started so never sees Ctrl-C at all
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 130
        assert b"Traceback" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize(
    "args",
    [("fact", "\x1b[31mred"), ("init", "{blocked}/\x1b[2Jx\x07"), ("show", "\x1b]0;title\x07")],
    ids=["fact", "init", "show"],
)
def test_no_error_message_sends_a_control_character(args, tmp_path):
    blocked = tmp_path / "a-file"  # a folder cannot be made below a file
    blocked.write_text("", encoding="utf-8")
    r = run(*(a.format(blocked=blocked) for a in args))
    assert r.code in (1, 2, 3)
    assert not any(ch in r.err for ch in "\x1b\x07"), r.err


def test_an_empty_data_path_is_refused_not_read_as_the_current_folder():
    r = run("show", "衢州", "--data", "")
    assert (r.code, r.err) == (2, "govfacts: --data names an empty path; name a file or folder (or shipped)\n")


def test_init_prints_the_paths_it_made_without_control_characters(tmp_path):
    r = run("init", str(tmp_path / "new\x1b[2J"))
    assert r.code == 0
    assert "\x1b" not in r.out + r.err and "\\x1b" in r.out
