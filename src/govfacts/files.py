"""Replacing a file atomically: write beside it, rename over it, never leave a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(target: Path, mode: int = 0o644) -> Iterator[Path]:
    """A new, empty temporary file beside `target`, renamed over it when the block succeeds.

    If the block raises (Ctrl-C included), the temporary file is removed and `target` is
    left as it was. `mode` is the finished file's permission bits.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.resolve().parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
