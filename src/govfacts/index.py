"""Where the SQLite index lives, whether it is fresh, and replacing it atomically.

A query opens the index through `open_index`: if the cached file matches the data
files (paths, sizes, modification times) it is used as is. Otherwise a copy of it (or
an empty index) is brought up to date in a temporary file, reading again only the
files that changed, and renamed over the old one, so readers only ever see a whole
index. When the cache cannot be written the index is built in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from govfacts import __version__
from govfacts.errors import DataError
from govfacts.paths import discover

# The layout of the index's tables (compile.py); an index of another format is rebuilt.
FORMAT = 12

Progress = Callable[[int, int], None]


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


def file_key(path: str, root: str) -> str:
    """How the index names a file: its path below the base's folder (`root`), which keeps rows short."""
    return os.path.relpath(path, root) if root else path


def _usable(db: sqlite3.Connection) -> bool:
    """An index of this format and version (it may still be stale)."""
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version != FORMAT:
        return False
    return dict(db.execute("SELECT key, value FROM meta")).get("version") == __version__


def _open_cached(target: Path, keyed: dict[str, str]) -> tuple[sqlite3.Connection | None, bool]:
    """The cached index if it is fresh; and whether a stale one is worth updating."""
    if not target.is_file():
        return None, False
    try:
        db = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None, False
    try:
        if _usable(db):
            if dict(db.execute("SELECT path, stamp FROM file")) == keyed:
                return db, True
            db.close()
            return None, True
    except sqlite3.Error:
        pass
    db.close()
    return None, False


def _write(
    target: Path, stamps: dict[str, str], start_from: Path | None, progress: Progress | None, root: str
) -> None:
    """Bring a copy of `start_from` (or an empty index) up to date and rename it to `target`."""
    import shutil
    import tempfile

    from govfacts.compile import create, update

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        if start_from is not None:
            shutil.copyfile(start_from, tmp)
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            if start_from is None:
                create(db)
            update(db, stamps, progress, root)
        finally:
            db.close()
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _in_memory(stamps: dict[str, str], progress: Progress | None, root: str) -> sqlite3.Connection:
    from govfacts.compile import create, update

    db = sqlite3.connect(":memory:")
    create(db)
    update(db, stamps, progress, root)
    return db


def open_index(data: Path, progress: Progress | None = None) -> sqlite3.Connection:
    """An open, fresh index of the fact base at `data`; raise DataError if the base is invalid."""
    if not data.exists():
        raise DataError([f"{data}: no such file or folder"])
    try:
        stamps = {str(p): stamp(p) for p in discover(data)}
    except OSError as e:
        raise DataError([f"{data}: cannot read: {e.strerror or e}"]) from None
    root = str(data if data.is_dir() else data.parent)
    root = "" if root == "." else root  # rows name files by their path below this folder
    target = index_path(data)
    keyed = {file_key(p, root): s for p, s in stamps.items()}
    db, updatable = _open_cached(target, keyed)
    if db is None:
        try:
            try:
                _write(target, stamps, target if updatable else None, progress, root)
            except (sqlite3.Error, ValueError, KeyError):
                if not updatable:
                    raise
                _write(target, stamps, None, progress, root)  # the old index would not update: start afresh
            db, _ = _open_cached(target, keyed)
        except (OSError, sqlite3.Error):
            db = None
        if db is None:  # the cache cannot be written or read back: keep the index in memory
            db = _in_memory(stamps, progress, root)
    problems = [m for (m,) in db.execute("SELECT message FROM problem ORDER BY file IS NULL, file, seq")]
    if problems:
        db.close()
        raise DataError(problems)
    return db
