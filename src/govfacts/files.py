"""The file rules every part shares: which files may be read, where a base's paths may lead, and
replacing a file atomically.

`read_regular` is the one way a file of a base (or a page to draft from) is read: a
regular file of at most MAX_BYTES, never a FIFO, a device or a folder, so that no input
hangs a command or exhausts memory. `inside` is the one containment rule for a path a
base names: it must resolve, symlinks resolved, inside the base's folder. `replacing`
writes a file beside its target and renames it over it; `held` and `remove_dead` find and
remove the temporary files of writers that died before they could.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from govfacts.i18n import _

# The largest file govfacts reads: a base's TOML file, a page, the page given to extract.
MAX_BYTES = 64 * 1024 * 1024
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class Refused(OSError):
    """A file govfacts will not read (not a regular file, or too large); `strerror` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.strerror = reason


class Outside(ValueError):
    """A path a base names that does not lie inside the base's folder; the message says why."""


def _judge(st: os.stat_result) -> None:
    """Refused unless `st` is a regular file of at most MAX_BYTES."""
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise Refused(_("it is a folder, not a file"))
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        raise Refused(_("it is a pipe or a socket, not a regular file"))
    if not stat.S_ISREG(mode):
        raise Refused(_("it is a device, not a regular file"))
    if st.st_size > MAX_BYTES:
        raise Refused(
            _("it holds {size:,} bytes, more than the {limit} MB govfacts reads").format(
                size=st.st_size, limit=MAX_BYTES // (1024 * 1024)
            )
        )


def read_regular(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; Refused (an OSError) for anything else.

    The file is looked at before it is opened, and again after (by its open descriptor), so
    that a FIFO or device swapped in between is refused too; it is opened without blocking,
    so a FIFO never hangs the caller. Other OSErrors (no such file, no permission) pass through.
    """
    _judge(os.stat(path))
    fd = os.open(path, _OPEN_FLAGS)
    try:
        _judge(os.fstat(fd))
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:  # a file that grew past the limit since fstat is refused too
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
        raise Refused(_("it grew past the {limit} MB govfacts reads").format(limit=MAX_BYTES // (1024 * 1024)))
    finally:
        os.close(fd)


def inside(root: str | Path, folder: str | Path, name: str) -> Path:
    """Where `name`, a path relative to `folder`, leads (symlinks resolved), if that lies inside `root`.

    `root` is a layer of a base: the folder given to --data, or the folder of the TOML file
    given to it; `folder` is the folder of the TOML file that names the path. An absolute
    path, or one that leads outside `root` (by '..' or through a symlink), raises Outside.
    """
    extract = _("govfacts extract -o copies a page into sources/ beside its draft")
    if os.path.isabs(name) or Path(name).drive:
        raise Outside(
            _("{name} is an absolute path; a page must be named relative to its TOML file, inside the base ({hint})").format(
                name=name, hint=extract
            )
        )
    top = Path(os.path.realpath(root or "."))
    real = Path(os.path.realpath(os.path.join(folder or ".", name)))  # a link loop stays inside, unreadable
    if not real.is_relative_to(top):
        raise Outside(
            _("{name} leads to {real}, outside the base's folder {root}; a page must lie inside its base ({hint})").format(
                name=name, real=real, root=top, hint=extract
            )
        )
    return real


@contextlib.contextmanager
def replacing(target: Path, mode: int = 0o644) -> Iterator[Path]:
    """A new, empty temporary file beside `target`, renamed over it when the block succeeds.

    If the block raises (Ctrl-C included), the temporary file is removed and `target` is
    left as it was. `mode` is the finished file's permission bits. A `target` that is a
    symlink is replaced itself: nothing is written where it points.
    """

    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
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
