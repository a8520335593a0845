"""Where the SQLite index lives, whether it is fresh, and replacing it atomically.

A query opens the index through `open_index`: if the cached file matches the data
files (paths, sizes, modification times) it is used as is; otherwise it is compiled
again into a temporary file and renamed over the old one, so readers only ever see a
whole index. When the cache cannot be written the index is built in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from govfacts import __version__
from govfacts.errors import DataError
from govfacts.load import discover

# The layout of the index's tables (compile.py); an index of another format is rebuilt.
FORMAT = 5


def cache_dir() -> Path:
    """GOVFACTS_CACHE_DIR, or the platform's user cache directory."""
    configured = os.environ.get("GOVFACTS_CACHE_DIR")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "govfacts" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "govfacts"
    base = os.environ.get("XDG_CACHE_HOME") or ""
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "govfacts"


def stamp(path: Path) -> str:
    """What identifies one version of a file without reading it."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def index_path(data: Path) -> Path:
    """The cache file that holds the index of one fact base."""
    digest = hashlib.sha256(str(data.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    return cache_dir() / f"index-{digest[:20]}.sqlite3"


def _is_fresh(db: sqlite3.Connection, stamps: dict[str, str]) -> bool:
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version != FORMAT:
        return False
    meta = dict(db.execute("SELECT key, value FROM meta"))
    if meta.get("version") != __version__:
        return False
    return dict(db.execute("SELECT path, stamp FROM file")) == stamps


def _open_cached(target: Path, stamps: dict[str, str]) -> sqlite3.Connection | None:
    if not target.is_file():
        return None
    try:
        db = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if _is_fresh(db, stamps):
            return db
    except sqlite3.Error:
        pass
    db.close()
    return None


def _build_file(target: Path, files: list[Path], stamps: dict[str, str], progress) -> None:
    from govfacts.compile import compile_into

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            compile_into(db, files, stamps, progress)
        finally:
            db.close()
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def open_index(
    data: Path, progress: Callable[[int, int], None] | None = None, rebuild: bool = False
) -> sqlite3.Connection:
    """An open, fresh index of the fact base at `data`; raise DataError if the base is invalid."""
    if not data.exists():
        raise DataError([f"{data}: no such file or folder"])
    try:
        files = discover(data)
        stamps = {str(p): stamp(p) for p in files}
    except OSError as e:
        raise DataError([f"{data}: cannot read: {e.strerror or e}"]) from None
    target = index_path(data)
    db = None if rebuild else _open_cached(target, stamps)
    if db is None:
        try:
            _build_file(target, files, stamps, progress)
            db = _open_cached(target, stamps)
        except (OSError, sqlite3.Error):
            db = None
        if db is None:  # the cache cannot be written or read back: keep the index in memory
            from govfacts.compile import compile_into

            db = sqlite3.connect(":memory:")
            compile_into(db, files, stamps, progress)
    problems = [m for (m,) in db.execute("SELECT message FROM problem ORDER BY seq")]
    if problems:
        db.close()
        raise DataError(problems)
    return db
