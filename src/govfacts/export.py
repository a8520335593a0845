"""`govfacts export`: every fact as a flat record, to stdout or atomically to a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from govfacts.errors import UsageError
from govfacts.paths import discover
from govfacts.records import ALL_FIELDS
from govfacts.render import Env, emit


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def export_to(records: Iterable[dict[str, Any]], fmt: str, output: Path | None, data: Path, env: Env) -> int:
    """Write the records; with `output`, through a temporary file renamed into place."""
    if output is None:
        return emit(env, records, fmt, (), ALL_FIELDS)
    inputs = discover(data) if data.exists() else []
    if any(_same_file(output, p) for p in inputs) or output.resolve() in {p.resolve() for p in inputs}:
        raise UsageError(f"refusing to overwrite {output}: it is part of the fact base being exported")
    if output.is_dir():
        raise UsageError(f"{output} is a folder; name a file to write")
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
