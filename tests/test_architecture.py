"""The layout holds: no import circles, no overgrown modules, one place that branches on the format."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "govfacts"
MODULES = sorted(PACKAGE.rglob("*.py"))
FORMATS = {"table", "json", "jsonl", "csv", "tsv", "sqlite"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NAMES = {module_name(p): p for p in MODULES}


def imports_of(path: Path) -> set[str]:
    """Every govfacts module this file imports, anywhere in it (inside functions and
    under TYPE_CHECKING too), with the packages whose __init__ that import runs."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + [base]).strip(".")
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        for target in targets:
            parts = target.split(".")
            # importing a.b.c runs a/__init__ and a/b/__init__ first
            found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    # Every module runs the top package's __init__, and that init imports nothing when it runs
    # (its names load on first use: test_the_top_package_loads_nothing_until_asked), so the
    # top package is no edge of the graph.
    return {t for t in found if t in NAMES and t != name and t != "govfacts"}


def test_no_module_imports_itself_back():
    graph = {name: imports_of(path) for name, path in NAMES.items()}
    cycles = []

    def visit(node: str, trail: list[str], done: set[str]) -> None:
        for nxt in sorted(graph[node]):
            if nxt in trail:
                cycles.append(trail[trail.index(nxt) :] + [nxt])
            elif nxt not in done:
                visit(nxt, trail + [nxt], done)
        done.add(node)

    done: set[str] = set()
    for start in sorted(graph):
        if start not in done:
            visit(start, [start], done)
    assert cycles == []


def test_package_inits_hold_no_imports():
    """So that importing one submodule never drags in its siblings."""
    for path in PACKAGE.rglob("__init__.py"):
        if path.parent == PACKAGE:
            continue  # the public face: checked below
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert not [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))], path


def test_the_top_package_imports_only_lazily():
    """The top __init__ may import govfacts modules only under TYPE_CHECKING or inside a
    function (its __getattr__), so `import govfacts` costs nothing."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    eager = []
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            continue
        if isinstance(node, ast.ImportFrom) and node.module == "typing":
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            eager.append(node.lineno)
    assert eager == []


def test_the_top_package_loads_nothing_until_asked():
    import subprocess
    import sys

    code = (
        "import sys, govfacts; before = sorted(m for m in sys.modules if m.startswith('govfacts'));"
        "govfacts.Library; after = 'govfacts.api' in sys.modules; print(before, after)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['govfacts'] True"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_400_lines(path: Path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


def test_only_output_branches_on_the_format():
    """No comparison with a format name anywhere but output/output.py."""
    offenders = []
    for path in MODULES:
        if path == PACKAGE / "output" / "output.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                for side in [node.left, *node.comparators]:
                    if isinstance(side, ast.Constant) and side.value in FORMATS:
                        offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
                    if isinstance(side, ast.Attribute) and side.attr in FORMATS:
                        offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_the_cycle_check_sees_imports_inside_functions(tmp_path):
    """The checker itself: an import inside a function counts, and so does the package it runs."""
    source = PACKAGE / "factbase.py"
    assert "govfacts.index.compile" in imports_of(source)  # imported inside a method
    assert "govfacts.index" in imports_of(source)  # its package's __init__ runs too


# Who may run SQL: the engine (answers), the index builder, the fact base (its index's life),
# the small shared helpers, and the SQLite export for datasette.
SQL_OWNERS = ("engine/", "index/", "factbase.py", "sql.py", "output/datasette.py")


def test_only_the_engine_and_the_index_builder_run_sql():
    offenders = []
    for path in MODULES:
        where = str(path.relative_to(PACKAGE))
        if where.startswith(SQL_OWNERS):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"execute", "executemany", "executescript", "create_function"}
            ):
                offenders.append(f"{where}:{node.lineno}")
    assert offenders == []


def test_the_cli_holds_no_sql_and_writes_through_the_env():
    """cli/ asks the library (api.py) and writes through the run's Env: no sqlite3, no
    stream of its own."""
    offenders = []
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "sqlite3" in line or ".execute" in line or "sys.stderr" in line or "sys.stdout" in line:
                offenders.append(f"cli/{path.name}:{number}")
    assert offenders == []


def test_only_the_env_writes_to_the_standard_streams():
    """Every message and every output goes through output/env.py's Env (and the writers it
    hands its streams to); nothing else names sys.stdout or sys.stderr to write on."""
    offenders = []
    for path in MODULES:
        where = str(path.relative_to(PACKAGE))
        if where == "output/env.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"stdout", "stderr"}
                and isinstance(node.value, ast.Name)
                and node.value.id == "sys"
            ):
                offenders.append(f"{where}:{node.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print":
                offenders.append(f"{where}:{node.lineno} print")
    assert offenders == []


def test_only_the_settings_read_the_environment():
    """The environment variables are read in settings.py alone, once per run (Env.settings)."""
    offenders = []
    for path in MODULES:
        where = str(path.relative_to(PACKAGE))
        if where == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv"}:
                offenders.append(f"{where}:{node.lineno}")
    assert offenders == []
