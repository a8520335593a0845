"""Golden files: a query (NAME.args) next to the JSON it must print (NAME.json), on the shipped base.

Each .args file holds one command line, as a shell would split it. To accept new output
after a deliberate change to the data or the engine, run
`GOVFACTS_UPDATE_GOLDEN=1 pytest tests/test_golden.py` and read the diff before committing.
"""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest

from conftest import run

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.args"))


def test_there_are_golden_cases():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden(case: Path):
    args = shlex.split(case.read_text(encoding="utf-8"))
    r = run(*args)
    actual = {"args": args, "exit_code": r.code, "stdout": json.loads(r.out) if r.out else None}
    if r.err:
        actual["stderr"] = r.err
    expected_file = case.with_suffix(".json")
    if os.environ.get("GOVFACTS_UPDATE_GOLDEN"):
        expected_file.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not expected_file.exists():
        pytest.fail(
            f"no expected output {expected_file.name}; run with GOVFACTS_UPDATE_GOLDEN=1 and review it"
        )
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert actual == expected


@pytest.mark.parametrize(
    "spelling",
    ["衢州", "三衢", "quzhou", "Qu Zhou", "Qū Zhōu", "qz", "ＱＵＺＨＯＵ"],
    ids=["short", "alias", "pinyin", "pinyin-spaced-capitals", "pinyin-tones", "initials", "fullwidth"],
)
def test_every_spelling_of_a_place_shows_what_its_full_name_shows(spelling):
    """The golden show-name case, reached by each other way of writing 衢州市."""
    expected = json.loads((GOLDEN / "show-name.json").read_text(encoding="utf-8"))
    r = run("show", spelling, "--kind", "honour", "--json")
    assert (r.code, r.json()) == (expected["exit_code"], expected["stdout"])
    # quzhou and qz also name places of China with no facts here: a note says which was taken
    assert r.err in ("", f"govfacts: note: {spelling!r} is taken as 衢州市, the one with facts; it could also be 曲周县\n") or (
        spelling == "qz" and r.err.startswith("govfacts: note: 'qz' is taken as 衢州市, the one with facts; it could also be ")
    )
