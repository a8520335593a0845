"""Shared fixtures: a private index cache, a small fact base, and a way to run the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from govfacts.cli.main import app, for_argv

# No property test has a deadline: a slow or busy machine must never turn one red. Each
# test's own settings still choose how many examples it tries. Under CI the examples are the
# same on every run (derandomize), so a red build is never the luck of the draw; a developer's
# runs go on exploring new ones.
settings.register_profile("govfacts", deadline=None, derandomize=bool(os.environ.get("CI")))
settings.load_profile("govfacts")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SOURCES = ROOT.parent / "shared" / "sources"

# The line `check` writes under its counts: the gazetteer every base lies on.
GAZETTEER_LINE = "gazetteer: 3,215 places of China (divisions of 2026; CC BY 4.0)\n"

SMALL = """\
[[source]]
id = "page-a"
title = "测试页面"

[[region]]
id = "zj"
name = "浙江省"
level = "省"

[[region]]
id = "qz"
name = "衢州市"
level = "地级市"
parent = "zj"

[[indicator]]
id = "qz-fraud"
region = "qz"
name = "电信网络诈骗发案数"
value = -15.9
unit = "%"
measure = "change"
basis = "同比"
period = "2025"
source = "page-a"
quote = "电信网络诈骗发案数同比下降15.9%"
"""


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One index cache for the session: the shipped base is compiled once, not per test."""
    return tmp_path_factory.mktemp("shared-cache")


@pytest.fixture(autouse=True)
def _clean_env(shared_cache, monkeypatch):
    """Every test starts with the session's cache and no stray settings from the caller.

    Messages are English unless a test asks for Chinese (GOVFACTS_LANG=zh, the default for
    users): most tests assert English wording; test_language.py and the README's examples
    hold the Chinese."""
    monkeypatch.setenv("GOVFACTS_CACHE_DIR", str(shared_cache))
    monkeypatch.setenv("GOVFACTS_LANG", "en")
    for name in ("GOVFACTS_DATA", "FORCE_COLOR", "NO_COLOR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def private_cache(tmp_path, monkeypatch) -> Path:
    """An empty index cache for tests that watch the index being built."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("GOVFACTS_CACHE_DIR", str(cache))
    return cache


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run the CLI in-process through Typer's runner, with the app `main` would run for these words."""
    runner = CliRunner()
    result = runner.invoke(for_argv(app, list(args)), list(args), env=env, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


def run_zh(*args: str, env: dict[str, str] | None = None) -> Result:
    """run(), in Chinese, as users read govfacts (the tests' default is English)."""
    return run(*args, env={"GOVFACTS_LANG": "zh", **(env or {})})


def run_process(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    """Run `python -m govfacts` as a separate process."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "govfacts", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        input=input,
        timeout=60,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run


@pytest.fixture
def small(tmp_path) -> Path:
    """A one-file fact base with one indicator."""
    path = tmp_path / "facts.toml"
    path.write_text(SMALL, encoding="utf-8")
    return path


@pytest.fixture
def real_db():
    """The shipped fact base's index (compiled once into the session cache)."""
    from govfacts.factbase import FactBase

    db = FactBase(DATA).open()
    yield db
    db.close()
