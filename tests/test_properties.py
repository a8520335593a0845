"""Property tests: random queries, random valid bases and random corruptions of a base.

Whatever comes in, govfacts answers or says why, with a documented exit code and never
a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SMALL, run

# Examples are few enough that the three tests take seconds, not half a minute: each runs the
# CLI, and the last two build an index (gazetteer included) for most examples.
SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def base_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the module's bases, which pytest removes with its other temporary files."""
    folder = tmp_path_factory.mktemp("props")
    (folder / "small.toml").write_text(SMALL, encoding="utf-8")
    return folder

query_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list("衢州市电诈%_[]'\";\\-金華ＱＵ ")),
    ),
    max_size=40,
)


@SETTINGS
@given(query_text, st.sampled_from(["metric", "show", "search", "programs", "honours"]))
def test_any_query_answers_or_says_why(base_dir, text, command):
    r = run(command, text, "--json", "--data", str(base_dir / "small.toml"))
    assert r.code in (0, 1, 2), r
    assert "Traceback" not in r.err
    if r.code == 0:
        json.loads(r.out)
    else:
        assert r.err.startswith("govfacts: ") or "Usage" in r.err or "Error" in r.err


@st.composite
def corruptions(draw):
    data = bytearray(SMALL.encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "insert", "replace"]))
        at = draw(st.integers(0, len(data) - 1))
        if op == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            data[at] = draw(st.integers(0, 255))
    return bytes(data)


@SETTINGS
@given(corruptions())
def test_corrupted_base_loads_or_is_refused_clearly(base_dir, content):
    path = base_dir / "corrupt.toml"
    path.write_bytes(content)
    r = run("check", "--data", str(path))
    assert r.code in (0, 3), r
    assert "Traceback" not in r.err
    if r.code == 3:
        lines = r.err.splitlines()
        assert lines[-1].startswith("govfacts: the fact base is invalid")
        assert all(line.startswith(str(path)) for line in lines[:-1])


names = st.text(
    alphabet=st.characters(codec="utf-8", categories=("Lo", "Nd", "Lu", "Ll")), min_size=1, max_size=12
)
values = st.one_of(
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False, width=64, min_value=-1e15, max_value=1e15),
)


@settings(SETTINGS, max_examples=15)  # each example builds an index, the gazetteer's places included
@given(st.lists(st.tuples(names, values, st.sampled_from(["level", "change"])), min_size=1, max_size=8))
def test_random_valid_base_round_trips_through_export(base_dir, rows):
    parts = [SMALL.split("[[indicator]]")[0]]
    for i, (name, value, measure) in enumerate(rows):
        parts.append(
            f'[[indicator]]\nid = "r-{i}"\nregion = "qz"\nname = {json.dumps(name, ensure_ascii=False)}\n'
            f'value = {value!r}\nunit = "件"\nmeasure = "{measure}"\nsource = "page-a"\nquote = "q"\n'
        )
    path = base_dir / "random.toml"
    path.write_text("\n".join(parts), encoding="utf-8")
    r = run("export", "--format", "json", "--data", str(path))
    assert r.code == 0, r.err
    got = {rec["id"]: (rec["name"], rec["value"]) for rec in r.json()}
    assert got == {f"r-{i}": (name, value) for i, (name, value, _) in enumerate(rows)}
