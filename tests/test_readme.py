"""The README's examples are real: each `$ govfacts ...` line, run, prints what follows it.

A block may end an example early with a line `...`; lines before it must match exactly.
Lines starting with `govfacts: `, `… ` or `≈` and a colon are what a piped run writes to stderr.
The examples run as a user's do, in Chinese. `$ COLUMNS=80 govfacts ...` runs as on a
terminal of 80 columns (colours and styles left out).
"""

from __future__ import annotations

import re
import shlex

import pytest

from conftest import ROOT, run

README = (ROOT / "README.md").read_text(encoding="utf-8")
# How the lines a piped run writes to stderr begin: messages, the rows left out, the ≈ legend.
STDERR = ("govfacts: ", "… ", "≈: ", "≈：")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def blocks() -> list[list[str]]:
    """The lines of each fenced block that has no language (console transcripts)."""
    out: list[list[str]] = []
    current: list[str] | None = None
    for line in README.splitlines():
        if line.startswith("```"):
            if current is None:
                current = [] if line == "```" else ["<skip>"]
            else:
                if current[:1] != ["<skip>"]:
                    out.append(current)
                current = None
        elif current is not None:
            current.append(line)
    return out


def examples() -> list[tuple[str, list[str]]]:
    found = []
    for lines in blocks():
        for i, line in enumerate(lines):
            if not re.match(r"\$ (COLUMNS=\d+ )?govfacts ", line) or "|" in line or " -o " in line:
                continue
            expected = []
            for following in lines[i + 1 :]:
                if following.startswith("$ ") or following == "...":
                    break
                expected.append(following)
            while expected and not expected[-1].strip():
                expected.pop()
            found.append((line[2:], expected))
    return found


EXAMPLES = examples()


def test_the_readme_has_examples_for_every_command():
    from govfacts.cli.main import app

    shown = {next(w for w in shlex.split(cmd) if "=" not in w and w != "govfacts") for cmd, _ in EXAMPLES}
    missing = {info.name for info in app.registered_commands} - shown - {"export", "init"}  # they write files
    assert not missing


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example(command, expected):
    words = shlex.split(command)
    env = {"GOVFACTS_LANG": "zh"}
    if words[0].startswith("COLUMNS="):
        env.update(COLUMNS=words.pop(0).split("=")[1], FORCE_COLOR="1", NO_COLOR="1")
    r = run(*words[1:], env=env)
    on_terminal = "COLUMNS" in env  # where notes go to stdout, under the table
    to_stderr = [line for line in expected if line.startswith(STDERR) and not on_terminal]
    to_stdout = [line for line in expected if not line.startswith(STDERR) or on_terminal]
    out = [line.rstrip() for line in ANSI.sub("", r.out).splitlines()] if on_terminal else r.out.splitlines()
    assert out[: len(to_stdout)] == to_stdout
    err = r.err.splitlines()
    assert err[: len(to_stderr)] == to_stderr
