"""Replacing a file atomically: write beside it, rename over it, never leave a half-written file;
and finding the temporary files of writers that died before they could remove them."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
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



# A temporary file younger than this may be one another process has just made and not yet
# locked; a sweep leaves it (and finds it the next time, if its writer is dead).
FRESH_SECONDS = 10.0
# Where a lock cannot tell a live writer from a dead one, how old a temporary file must be
# before a sweep takes it for a dead one's (no build takes a day).
UNLOCKABLE_SECONDS = 86_400.0


def _flock():
    """fcntl where flock() locks are independent of the fcntl() locks SQLite takes (Linux)."""
    if not sys.platform.startswith("linux"):  # on the BSDs and macOS the two kinds can conflict
        return None
    import fcntl

    return fcntl


@contextlib.contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold an exclusive flock() on a temporary file while it is written (Linux; elsewhere nothing).

    The lock goes with the process, however it ends (SIGKILL included): remove_dead() then
    knows the file for a dead writer's.
    """
    fcntl = _flock()
    if fcntl is None:
        yield
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def remove_dead(folder: Path, pattern: str, companions: tuple[str, ...] = ()) -> list[Path]:
    """Remove the temporary files (`pattern` in `folder`) whose writer has died, with their
    companions (path + suffix); return those removed. A file some process holds (held()) stays;
    where there are no such locks, a file stays until it is a day old."""
    removed = []
    for path in sorted(folder.glob(pattern)):
        with contextlib.suppress(OSError):
            if _dead_writer(path):
                for gone in (path, *(Path(f"{path}{suffix}") for suffix in companions)):
                    with contextlib.suppress(FileNotFoundError):
                        gone.unlink()
                removed.append(path)
    return removed


def _dead_writer(path: Path) -> bool:
    """Whether no process holds this temporary file and it is not one just made (OSError if it went)."""
    fcntl = _flock()
    if fcntl is None:
        return time.time() - path.stat().st_mtime > UNLOCKABLE_SECONDS
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # its writer is at work
        st = os.fstat(fd)
        if st.st_size == 0 and time.time() - st.st_mtime < FRESH_SECONDS:
            return False  # just made: its writer may not have locked it yet
        return os.stat(path).st_ino == st.st_ino  # still the file that was looked at
    finally:
        os.close(fd)
