"""docs/api.md is real: each ```python block runs, on its own, as a user's script would.

Each block is written to a file in an empty folder and run by a separate Python, with a
fresh index cache, no GOVFACTS_DATA and nothing else of the test run: what the page
shows is what a notebook user gets. The blocks carry their own asserts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT

API_MD = ROOT / "docs" / "api.md"
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
TIMEOUT = 120


def python_blocks() -> list[tuple[int, str]]:
    """(line number, source) of every ```python block of docs/api.md."""
    text = API_MD.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in FENCE.finditer(text)]


BLOCKS = python_blocks()


def fresh_env(tmp_path: Path) -> dict[str, str]:
    """The test run's environment without GOVFACTS_DATA, with an empty index cache of its own."""
    env = dict(os.environ)
    env.pop("GOVFACTS_DATA", None)
    cache = tmp_path / "cache"
    cache.mkdir()
    env["GOVFACTS_CACHE_DIR"] = str(cache)
    return env


def run_python(script: Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )


def test_the_page_has_enough_examples():
    assert len(BLOCKS) >= 5, f"docs/api.md has only {len(BLOCKS)} python blocks"


@pytest.mark.parametrize(("line", "source"), BLOCKS, ids=[f"line-{line}" for line, _ in BLOCKS])
def test_example_runs(line, source, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    script = tmp_path / "example.py"  # outside the folder it runs in, which starts empty
    script.write_text(source, encoding="utf-8")
    proc = run_python(script, work, fresh_env(tmp_path))
    assert proc.returncode == 0, f"docs/api.md, the block at line {line}, failed:\n{proc.stderr}"


def test_every_public_name_is_listed_and_loads():
    import govfacts

    listed = dir(govfacts)
    for name in govfacts.__all__:
        assert name in listed, name
        assert getattr(govfacts, name) is not None, name


def test_queries_never_import_pandas(tmp_path):
    """Only to_pandas() imports pandas. A stand-in `pandas` comes first on the path, so that
    the test means the same with pandas installed or not: importing it, even inside a
    try, leaves it in sys.modules."""
    trap = tmp_path / "trap"
    trap.mkdir()
    (trap / "pandas.py").write_text('"""A stand-in: no query may import it."""\n', encoding="utf-8")
    script = tmp_path / "queries.py"
    script.write_text(
        textwrap.dedent(
            """\
            import sys

            import govfacts

            with govfacts.open() as base:
                assert base.metric("电诈", region="衢州").to_records()[0]["value"] == -15.9
                base.show("衢州").to_records()
                base.compare(["衢州", "金华"], metric="电诈发案").to_records()
                base.export().to_records()
            assert "pandas" not in sys.modules, "a query imported pandas"
            """
        ),
        encoding="utf-8",
    )
    env = fresh_env(tmp_path)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(trap), env.get("PYTHONPATH", "")) if p)
    proc = run_python(script, tmp_path, env)
    assert proc.returncode == 0, proc.stderr
