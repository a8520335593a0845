"""The README's examples are real: each `$ govfacts ...` line, run, prints what follows it.

A block may end an example early with a line `...`; lines before it must match exactly.
Lines starting with `govfacts: `, `… ` or `≈: ` are what a piped run writes to stderr.
"""

from __future__ import annotations

import shlex

import pytest

from conftest import ROOT, run

README = (ROOT / "README.md").read_text(encoding="utf-8")
# How the lines a piped run writes to stderr begin: messages, the rows left out, the ≈ legend.
STDERR = ("govfacts: ", "… ", "≈: ")


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
            if not line.startswith("$ govfacts ") or "|" in line or " -o " in line:
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

    shown = {shlex.split(cmd)[1] for cmd, _ in EXAMPLES}
    missing = {info.name for info in app.registered_commands} - shown - {"export", "init"}  # they write files
    assert not missing


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example(command, expected):
    r = run(*shlex.split(command)[1:])
    to_stderr = [line for line in expected if line.startswith(STDERR)]
    to_stdout = [line for line in expected if not line.startswith(STDERR)]
    out = r.out.splitlines()
    assert out[: len(to_stdout)] == to_stdout
    err = r.err.splitlines()
    assert err[: len(to_stderr)] == to_stderr
