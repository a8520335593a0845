"""One fact base's life: which files it is, where its index lives, whether that is fresh, recovery.

`FactBase.choose` resolves the base once (--data, else GOVFACTS_DATA, else the shipped
one). `FactBase.reading()` opens its index. A cached index that passes a cheap check
(the file header, the format version, and the data files' stamps) is used as is. A
stale one is brought up to date in place, in one SQLite transaction (WAL mode), reading
again only the files that changed: readers keep seeing the last whole index until it
commits, a second process waits for the first and then finds the index fresh, and a
crash leaves the old index. An index that is missing or unusable is built afresh in a
temporary file renamed into place. When the cache cannot be written the index is built
in memory. An index that breaks while a command reads it is removed, and the command
stops (exit 3) rather than answer twice. An invalid base's problems are stored in the
language of the run that found them; a run in another language builds the index afresh.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from pathlib import Path

from govfacts import __version__
from govfacts.errors import DataError, IndexDamaged, UsageError
from govfacts.i18n import _, language
from govfacts.index.ddl import FORMAT
from govfacts.index.inputs import Files, page_stamp, stamp, stamp_of
from govfacts.settings import current

Progress = Callable[[int, int], None]
_PACKAGE = Path(__file__).resolve().parent
# How long a process waits for another that is updating the same index.
BUSY_SECONDS = 120
_HEADER = b"SQLite format 3\x00"


def cache_dir() -> Path:
    """GOVFACTS_CACHE_DIR, or the platform's user cache directory."""
    settings = current()
    if settings.cache_dir:
        return Path(settings.cache_dir)
    if sys.platform == "win32":
        return Path(settings.local_app_data or Path.home() / "AppData" / "Local") / "govfacts" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "govfacts"
    base = settings.xdg_cache_home
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "govfacts"


def shipped() -> Path:
    """The shipped fact base: inside the installed package, or data/ of a source checkout."""
    installed = _PACKAGE / "data"
    return installed if installed.is_dir() else _PACKAGE.parent.parent / "data"


# Every problem of an invalid base: each file's own, then those across files, then the pages'.
PROBLEMS = (
    "SELECT message FROM (SELECT 0 AS part, file, seq, message FROM problem "
    "UNION ALL SELECT 1, coalesce(f.file, s.file), p.seq, p.message FROM page_problem p "
    "LEFT JOIN fact f ON f.seq = p.fact LEFT JOIN source s ON s.id = p.source) "
    "ORDER BY part, file IS NULL, file, seq"
)


def _problems_in_another_language(db: sqlite3.Connection, meta: dict[str, str]) -> bool:
    """Whether the index holds problems, stored in another language than this run's."""
    if meta.get("language") == language():
        return False
    return any(db.execute("SELECT 1 FROM problem UNION ALL SELECT 1 FROM page_problem LIMIT 1"))


def _pages_changed(db: sqlite3.Connection) -> bool:
    """Whether a page file the index checked quotes against has changed since."""
    return any(page_stamp(path) != known for path, known in db.execute("SELECT path, stamp FROM page"))


def whole_sqlite_file(path: Path) -> bool:
    """A cheap check of an SQLite file: its header, and a size that matches the page count it states."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(_HEADER):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    changes = int.from_bytes(head[24:28], "big")
    # the stated page count holds only when written by a recent SQLite (valid_for == changes);
    # a checkpoint in progress may have grown the file already, never shrunk it below the count
    return valid_for != changes or pages * page_size <= size


# The word that names the base shipped with govfacts, in --data and GOVFACTS_DATA.
SHIPPED = "shipped"


def _outside(path: str, real: Path, top: Path) -> str:
    """The problem of a link in a folder base that leads out of it."""
    text = _("a link to {real}, outside the base's folder {root}; govfacts reads nothing outside a base (give that file or folder its own --data)")
    return f"{path}: " + text.format(real=real, root=top)


class Layer:
    """One layer of a fact base: a TOML file or a folder of them, as the user named it."""

    def __init__(self, path: Path, label: str) -> None:
        self.path, self.label = path, label

    @property
    def root(self) -> str:
        """The folder the index names the layer's files below ('' for the current folder)."""
        root = str(self.path if self.path.is_dir() else self.path.parent)
        return "" if root == "." else root

    def files(self) -> list[Path]:
        """The layer's TOML files: the file itself, or every *.toml below the folder, sorted."""
        return [path for _, path, _ in self.stamped()]

    def stamped(self) -> list[tuple[str, Path, str]]:
        """(path below the layer's folder, path, stamp) of every TOML file, sorted; one scan of the
        folders (os.scandir gives each file's stat without another system call on most systems).

        Symlinks are not followed as folders, and one that leads out of the folder (a folder, or
        a *.toml file) is a DataError: the walk never leaves the layer."""
        if not self.path.exists():
            raise DataError([f"{self.label}: " + _("no such file or folder")])
        if not self.path.is_dir():
            return [(self.path.name, self.path, stamp(self.path))]
        found: list[tuple[str, Path, str]] = []
        refused: list[str] = []
        top = Path(os.path.realpath(self.path))

        def walk(folder: str, below: str) -> None:
            with os.scandir(folder) as entries:
                ordered = sorted(entries, key=lambda e: e.name)
            for entry in ordered:
                if entry.is_symlink():
                    # a link is never walked as a folder: one inside the layer leads to files the walk
                    # finds anyway; one leading out of it (`ln -s / x`) is refused, like such a page
                    real = Path(os.path.realpath(entry.path))  # a link loop stays where it is
                    if not real.is_relative_to(top):
                        if entry.is_dir() or entry.name.endswith(".toml"):
                            refused.append(_outside(entry.path, real, top))
                        continue
                    if entry.is_dir():
                        continue
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, f"{below}{entry.name}/")
                elif entry.name.endswith(".toml"):
                    found.append((below + entry.name, Path(entry.path), stamp_of(entry.stat())))

        walk(str(self.path), "")
        if refused:
            raise DataError(refused)
        return found


class FactBase:
    """A fact base: one or more layers (TOML files or folders of them) over the gazetteer of
    China's places, and the index compiled from them. Ids are unique across the layers, and
    references may cross them."""

    def __init__(self, *paths: Path | str) -> None:
        self.notes: list[str] = []  # remarks for the user about how the layers were read
        layers: list[Layer] = []
        seen: set[str] = set()
        for given in paths or (SHIPPED,):
            if not str(given).strip():
                raise UsageError(_("--data names an empty path; name a file or folder (or shipped)"))
            path = shipped() if str(given) == SHIPPED else Path(given)
            label = SHIPPED if str(given) == SHIPPED else str(given)
            key = str(path.resolve())
            if key in seen:
                self.notes.append(_("{path} is named twice; using it once").format(path=label))
                continue
            seen.add(key)
            layers.append(Layer(path, label))
        self.layers = tuple(layers)
        self._files: list[Path] | None = None

    @classmethod
    def choose(cls, options: list[str] | None = None) -> FactBase:
        """The base named by --data (each time it is given), else by GOVFACTS_DATA (a list
        separated by os.pathsep), else the shipped one. The word `shipped` names the shipped
        base; a folder of that name is written ./shipped."""
        if options:
            return cls(*options)
        return cls(*current().data)

    @property
    def path(self) -> Path:
        """The first layer's path."""
        return self.layers[0].path

    def files(self) -> list[Path]:
        """Every layer's TOML files, layer by layer."""
        if self._files is None:
            self._files = [f for layer in self.layers for f in layer.files()]
        return self._files

    def holds(self, path: Path, db: sqlite3.Connection | None = None) -> bool:
        """Whether `path` is one of the base's own files (so that nothing ever writes over it): one
        of its TOML files, or (given its open index `db`) one of the pages its sources name."""
        own = [f for layer in self.layers if layer.path.exists() for f in layer.files()]
        if db is not None:
            own += [Path(p) for (p,) in db.execute("SELECT DISTINCT page FROM source WHERE page IS NOT NULL")]
        real = os.path.realpath(path)
        for file in own:
            with contextlib.suppress(OSError):
                if path.exists() and os.path.samefile(path, file):
                    return True
            if real == os.path.realpath(file):
                return True
        return False

    @property
    def index_path(self) -> Path:
        """The cache file that holds this base's index: one per list of layers, in order (and as named,
        since the index says which layer each entry comes from). The name is two 32-bit checksums
        (zlib; importing hashlib is a tenth of a quick query): 64 bits, so for the dozens of bases a
        user holds a clash is far less likely than a disk error."""
        names = "\0".join(f"{layer.path.resolve()}\0{layer.label}" for layer in self.layers).encode(
            "utf-8", "surrogateescape"
        )
        return cache_dir() / f"index-{zlib.crc32(names):08x}{zlib.adler32(names):08x}.sqlite3"

    def _keyed(self) -> Files:
        """The base's files as the index names them (`n:path` below layer n's folder), with stamps."""
        paths: dict[str, Path] = {}
        stamps: dict[str, str] = {}
        try:
            for n, layer in enumerate(self.layers):
                for below, path, stamp_ in layer.stamped():
                    paths[f"{n}:{below}"] = path
                    stamps[f"{n}:{below}"] = stamp_
        except OSError as e:
            raise DataError(
                [f"{e.filename or self.path}: " + _("cannot read: {reason}").format(reason=e.strerror or e)]
            ) from None
        return Files(paths, stamps, [layer.root for layer in self.layers], [layer.label for layer in self.layers])

    def open(self, progress: Progress | None = None) -> sqlite3.Connection:
        """An open, fresh, checked index; DataError if the base is invalid."""
        files = self._keyed()
        db, updatable = self._cached(files.stamps)
        if db is None:
            db = self._rebuild(files, updatable, progress)
        problems = [m for (m,) in db.execute(PROBLEMS)]
        if problems:
            db.close()
            raise DataError(problems)
        return db

    def _cached(self, stamps: dict[str, str]) -> tuple[sqlite3.Connection | None, bool]:
        """The cached index if it passes the checks and is fresh; and whether a stale one can be updated."""
        target = self.index_path
        if not target.is_file() or not whole_sqlite_file(target):
            return None, False
        try:
            db = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            return None, False
        try:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            meta = dict(db.execute("SELECT key, value FROM meta"))
            if version == FORMAT and meta.get("version") == __version__:
                db.execute("SELECT max(seq) FROM fact").fetchone()  # the sanity query: the facts are readable
                if _problems_in_another_language(db, meta):  # an update would keep the old files' wording
                    db.close()
                    return None, False
                if dict(db.execute("SELECT path, stamp FROM file")) == stamps and not _pages_changed(db):
                    return db, True
                db.close()
                return None, True
        except sqlite3.Error:
            pass
        db.close()
        return None, False

    def _rebuild(self, files: Files, updatable: bool, progress: Progress | None) -> sqlite3.Connection:
        """Update the cached index in place (or build it afresh); in memory when the cache cannot be written."""
        from govfacts.files import remove_dead

        # what builds killed midway left (SIGKILL, power loss): their temporary index files
        remove_dead(self.index_path.parent, ".index-*.sqlite3.*.tmp", ("-wal", "-shm", "-journal"))
        try:
            try:
                if updatable:
                    self._update_in_place(files, progress)
                else:
                    self._build(files, progress)
            except sqlite3.DatabaseError:
                # the old index is damaged in a way its header did not show: start afresh (a bug
                # in the update, a ValueError or a KeyError, is not hidden by a rebuild)
                if not updatable:
                    raise
                self._build(files, progress)
            db = self._cached(files.stamps)[0]
        except (OSError, sqlite3.Error):
            db = None
        if db is None:
            from govfacts.index import compile, ddl

            db = sqlite3.connect(":memory:")
            ddl.create(db)
            compile.update(db, files, progress)
            db.commit()
        return db

    def _update_in_place(self, files: Files, progress: Progress | None) -> None:
        """Bring the cached index up to date inside one write transaction.

        BEGIN IMMEDIATE takes the write lock, waiting for any other process updating it;
        then the stamps are compared again, since that process may have done the work.
        """
        from govfacts.index import compile

        db = sqlite3.connect(self.index_path, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("BEGIN IMMEDIATE")
            try:
                if dict(db.execute("SELECT path, stamp FROM file")) != files.stamps or _pages_changed(db):
                    compile.update(db, files, progress)
                db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise
        finally:
            db.close()

    def _build(self, files: Files, progress: Progress | None) -> None:
        """Build the index afresh in a temporary file and rename it into place."""
        from govfacts.files import held, replacing
        from govfacts.index import compile, ddl

        target = self.index_path
        target.parent.mkdir(parents=True, exist_ok=True)
        # the temporary file is held until it is renamed, so that no other build takes it for a dead one's
        with contextlib.ExitStack() as lock, replacing(target) as tmp:
            lock.enter_context(held(tmp))
            db = sqlite3.connect(tmp)
            try:
                db.execute("PRAGMA journal_mode = OFF")  # a new file no one reads yet: no journal
                db.execute("PRAGMA synchronous = OFF")
                ddl.create(db)
                compile.update(db, files, progress)
                db.commit()
                db.execute("PRAGMA journal_mode = WAL")  # later updates happen in place
            finally:
                db.close()
        for stale in (".sqlite3-wal", ".sqlite3-shm"):  # a replaced index's log would not match it
            with contextlib.suppress(OSError):
                target.with_suffix(stale).unlink()

    def discard(self) -> None:
        """Remove the cached index (and its write-ahead log), found damaged; the next command builds it again."""
        for suffix in (".sqlite3", ".sqlite3-wal", ".sqlite3-shm"):
            with contextlib.suppress(OSError):
                self.index_path.with_suffix(suffix).unlink()

    @contextlib.contextmanager
    def reading(
        self, progress: Callable[[], ContextManager[Progress | None]] | None = None
    ) -> Iterator[sqlite3.Connection]:
        """The open index for the length of a command; an index that breaks meanwhile is discarded.

        `progress` makes the context of a progress callback for a build, closed before the
        command writes anything. What was already written cannot be taken back, so a break
        is never retried: the command stops with IndexDamaged (exit 3), and the next one
        builds a new index.
        """
        if progress is None:
            db = self.open()
        else:
            with progress() as report:
                db = self.open(report)
        try:
            yield db
        except sqlite3.DatabaseError as e:
            self.discard()
            text = _("the index broke while being read ({error}); it was removed and the next command rebuilds it")
            raise IndexDamaged(text.format(error=e)) from None
        finally:
            db.close()

