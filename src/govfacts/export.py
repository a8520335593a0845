"""`govfacts export`: every fact as a flat record, to stdout or atomically to a file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from govfacts.errors import UsageError
from govfacts.paths import discover
from govfacts.records import ALL_FIELDS
from govfacts.render import Env, emit


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def export_to(db: sqlite3.Connection, fmt: str, output: Path | None, data: Path, env: Env) -> int:
    """Write every fact; with `output`, through a temporary file renamed into place."""
    from govfacts import query

    records = query.export(db)
    if output is None:
        if fmt == "sqlite":
            raise UsageError("--format sqlite writes a database file: name it with -o FILE")
        return emit(env, records, fmt, (), ALL_FIELDS)
    inputs = discover(data) if data.exists() else []
    if any(_same_file(output, p) for p in inputs) or output.resolve() in {p.resolve() for p in inputs}:
        raise UsageError(f"refusing to overwrite {output}: it is part of the fact base being exported")
    if output.is_dir():
        raise UsageError(f"{output} is a folder; name a file to write")
    if fmt == "sqlite":
        from govfacts.datasette import export_sqlite

        try:
            return export_sqlite(output, records, query.region_tree(db), query.sources(db))
        except OSError as e:
            raise UsageError(f"cannot write {output}: {e.strerror or e}") from None
    folder = output.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror or e}") from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as f:
            count = emit(Env(stdout=f, stderr=env.stderr, terminal=False), records, fmt, (), ALL_FIELDS)
        os.chmod(tmp, 0o644)
        os.replace(tmp, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count
