"""Reading fact-base files into index rows: parse, validate, and shape each entry as a row.

Parsing runs in worker processes when there is enough TOML to read; everything here is
a pure function of a file's bytes, so a worker needs nothing from the main process.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from govfacts.chinese.numbers import stated, stated_range
from govfacts.index.ddl import dump, pack
from govfacts.index.grouping import first_figure, fold_name, group_of, span_start, stored_key
from govfacts.index.load import read_file
from govfacts.index.pages import HIGH_END, figure_problem
from govfacts.schema import period_bounds
from govfacts.text import fold

Progress = Callable[[int, int], None]
# Below this much TOML, reading in one process is faster than starting others.
PARALLEL_BYTES = 8 * 1024 * 1024


Parsed = tuple[str, dict[str, list], list[str], dict[str, tuple[str, str, str]]]


def parse_one(path: Path, key: str) -> Parsed:
    """Read and validate one file, and shape its rows for the index.

    Returns (key, rows by table, problems, search keys of the fact names and tags); `key`
    names the file in the index. A source row carries the absolute path of its page, if
    it names one: `file` is relative to the folder of the TOML file that declares it (pages
    refuses one outside the base when it checks the quotes). Fact rows carry their name and tags as text, for
    the main process to turn into label ids.
    """
    from govfacts.index.validate import check_file

    try:
        parsed = read_file(path)
    except ValueError as e:
        return key, {}, [str(e)], {}
    good, bad = check_file(parsed)
    rows: dict[str, list[Any]] = {"source": [], "region": [], "term": [], "fact": []}
    texts: set[str] = set()
    for pos, entry in enumerate(good):
        d, kind = entry.data, entry.kind
        if kind == "source":
            # joined, not normalised: 'sources/../p.txt' names what the file system finds there, through
            # any symlink; pages.read_source_page holds it inside the layer before reading it
            page = os.path.join(os.path.abspath(os.path.dirname(path)), d["file"]) if d.get("file") else None
            rows["source"].append((d["id"], d["title"], d.get("date"), dump(d), key, pos, entry.index, page))
        elif kind == "region":
            rows["region"].append((d["id"], d["name"], d["level"], d.get("parent"), dump(d), key, pos, entry.index))
        elif kind == "term":
            rows["term"].extend((fold(d["name"]), fold(a), key) for a in d["aliases"])
        else:
            # an honour's year counts as its period, so --period finds the honours of a year too
            year = str(d["year"]) if kind == "honour" and d.get("year") else None
            start, end = period_bounds(d.get("period") or year)
            tags = list(dict.fromkeys(d.get("tags", [])))
            texts.add(d["name"])
            texts.update(tags)
            if kind == "indicator" and d.get("status") == "actual":
                d = {k: v for k, v in d.items() if k != "status"}  # the default, stored as unset
            shape = indicator_shape(d) if kind == "indicator" else None
            group = group_of(kind, d["region"], fold_name(d["name"]), shape)
            row = (d["id"], kind, d["region"], d["name"], d["source"], start, end, d.get("value"))
            # the figure against its quote, here where files are read in parallel: as the quote
            # prints it, or what is wrong with it (reported only if the source has a page)
            wrong = None
            if kind == "indicator":
                d, wrong = with_printed(d)
            pspan = span_start(start, end) if kind == "indicator" else None
            figure = first_figure(group, kind, stored_key(end, pspan), d.get("basis"))
            rows["fact"].append(
                (*row, shape, d.get("basis"), pack(kind, d), key, pos, entry.index, group, wrong, figure, tags, pspan)
            )
    return key, rows, bad, {t: label_keys(t) for t in texts}


def indicator_shape(d: dict[str, Any]) -> str:
    """What an indicator's statements must share to state one figure: unit, measure and, for a
    target, that it is one (a target and a result are never one figure)."""
    shape = f"{d['unit']}\x1f{d['measure']}"
    return shape + "\x1ftarget" if d.get("status") == "target" else shape


def with_printed(d: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """An indicator with its figure as the quote prints it (`printed`: 14700余件, 5%—5.5%), and
    what is wrong with its value (or its range's upper end) against the quote, or None."""
    quote, unit, measure = d["quote"], d["unit"], d["measure"]
    high = d.get("value_high")
    if high is None:
        printed = stated(quote, d["value"], unit, measure) or None
        wrong = figure_problem(d["value"], unit, measure, quote) if printed is None else None
        return {**d, "printed": printed}, wrong
    wrong = figure_problem(d["value"], unit, measure, quote)
    if wrong is None:
        upper = figure_problem(high, unit, measure, quote)
        wrong = HIGH_END + upper if upper else None  # reported at value_high, not at value
    printed = None if wrong else stated_range(quote, d["value"], high, unit, measure)
    return {**d, "printed": printed}, wrong


@functools.lru_cache(maxsize=65536)
def label_keys(text: str) -> tuple[str, str, str]:
    """The folded form, pinyin and initials of a fact name or tag."""
    from govfacts.index.names import pinyin_keys

    return (fold(text), *pinyin_keys(text))


def parse_all(files: Sequence[Path], keys: Sequence[str], progress: Progress | None) -> Iterator[Parsed]:
    """Parse files, in several processes when there is enough to read; results in file order."""
    size = 0
    for p in files:
        with contextlib.suppress(OSError):
            size += p.stat().st_size
    workers = min(os.cpu_count() or 1, 4)
    if size < PARALLEL_BYTES or workers < 2 or len(files) < 2:
        results: Iterator[Parsed] = map(parse_one, files, keys)
        for done, result in enumerate(results, start=1):
            yield result
            if progress:
                progress(done, len(files))
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, initializer=die_with, initargs=(os.getpid(),)) as pool:
        for done, result in enumerate(pool.map(parse_one, files, keys, chunksize=4), start=1):
            yield result
            if progress:
                progress(done, len(files))


def die_with(parent: int) -> None:
    """A parse worker's first step: end when the process that started it ends, however it ends.

    A worker waits on a queue that its own copy of the pipe keeps open, so it would
    outlive a parent killed outright (SIGKILL, the OOM killer) and hold its memory. On
    Linux the kernel sends it SIGKILL when its parent goes (PR_SET_PDEATHSIG); elsewhere a
    thread of the worker sees the parent go (it is then adopted by another process).
    """
    if not _death_signal():
        threading.Thread(target=_watch, args=(os.getppid(),), daemon=True).start()
    if os.getppid() != parent and not _alive(parent):  # gone before the worker could ask
        os._exit(1)


def _death_signal() -> bool:
    """Ask Linux to kill this process when its parent ends; whether that was done."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL) == 0  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie, ended but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    with contextlib.suppress(OSError, IndexError), open(f"/proc/{pid}/stat", "rb") as f:
        return f.read().rpartition(b")")[2].split()[0] != b"Z"
    return True
