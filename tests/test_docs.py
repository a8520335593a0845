"""The docs cannot drift from the CLI: the reference is generated, and every command is in it."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

REGENERATE = "python -m typer govfacts.cli.main utils docs --name govfacts --output docs/cli.md"


def test_cli_reference_is_up_to_date(tmp_path):
    fresh = tmp_path / "cli.md"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "typer",
            "govfacts.cli.main",
            "utils",
            "docs",
            "--name",
            "govfacts",
            "--output",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert fresh.read_text(encoding="utf-8") == committed, f"docs/cli.md is out of date; run: {REGENERATE}"


def test_every_command_is_documented_with_an_example():
    from govfacts.cli.main import app

    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for info in app.registered_commands:
        assert f"## `govfacts {info.name}`" in reference, info.name
        assert f"govfacts {info.name}" in readme, info.name
        assert "Example: govfacts " + info.name in (info.callback.__doc__ or ""), info.name


def complete(words: str, cword: int) -> list[str]:
    env = {**os.environ, "_GOVFACTS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    proc = subprocess.run(
        [sys.executable, "-m", "govfacts"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    return proc.stdout.split()


def test_tab_completes_place_names_from_the_index():
    assert complete("govfacts show 衢", 2)[:2] == ["衢州市", "衢江区"]
    assert complete("govfacts programs --region 开", 3) == ["开化县"]


def test_tab_completes_indicator_names():
    names = complete("govfacts metric 刑事", 2)
    assert "刑事警情" in names


def test_tab_completes_commands():
    assert complete("govfacts sh", 1) == ["show"]


def test_every_review_code_the_drafter_writes_is_explained_in_the_schema_and_the_draft():
    import re

    from govfacts.extract import draft, figures, honours
    from govfacts.extract.toml_draft import reason

    codes = {v for m in (draft, figures, honours) for k, v in vars(m).items() if k.startswith("REVIEW_")}
    assert len(codes) == 13
    table = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8").split("### Review codes", 1)[1]
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", table, re.M))
    assert documented == codes
    assert all(reason(code) != code for code in codes)  # each has its comment in the TOML draft
