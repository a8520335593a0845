"""Reading fact-base files into index rows: parse, validate, and shape each entry as a row.

Parsing runs in worker processes when there is enough TOML to read; everything here is
a pure function of a file's bytes, so a worker needs nothing from the main process.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from govfacts.build.figures import first_figure, fold_name, group_of
from govfacts.build.load import read_file
from govfacts.build.pages import figure_problem
from govfacts.build.tables import dump, pack
from govfacts.chinese.numbers import stated
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
    it names one: `file` is relative to the folder of the TOML file that declares it. Fact rows carry their name and tags as text, for
    the main process to turn into label ids.
    """
    from govfacts.build.validate import check_file

    try:
        parsed = read_file(path)
    except ValueError as e:
        return key, {}, [str(e)], {}
    good, bad = check_file(parsed)
    rows: dict[str, list[Any]] = {"source": [], "region": [], "term": [], "fact": []}
    texts: set[str] = set()
    for pos, e in enumerate(good):
        d, kind = e.data, e.kind
        if kind == "source":
            page = os.path.abspath(os.path.join(os.path.dirname(path), d["file"])) if d.get("file") else None
            rows["source"].append((d["id"], d["title"], d.get("date"), dump(d), key, pos, e.index, page))
        elif kind == "region":
            rows["region"].append((d["id"], d["name"], d["level"], d.get("parent"), dump(d), key, pos, e.index))
        elif kind == "term":
            rows["term"].extend((fold(d["name"]), fold(a), key) for a in d["aliases"])
        else:
            # an honour's year counts as its period, so --period finds the honours of a year too
            year = str(d["year"]) if kind == "honour" and d.get("year") else None
            start, end = period_bounds(d.get("period") or year)
            tags = list(dict.fromkeys(d.get("tags", [])))
            texts.add(d["name"])
            texts.update(tags)
            shape = f"{d['unit']}\x1f{d['measure']}" if kind == "indicator" else None
            group = group_of(kind, d["region"], fold_name(d["name"]), shape)
            row = (d["id"], kind, d["region"], d["name"], d["source"], start, end, d.get("value"))
            # the figure against its quote, here where files are read in parallel: as the quote
            # prints it, or what is wrong with it (reported only if the source has a page)
            wrong = None
            if kind == "indicator":
                d = {**d, "printed": stated(d["quote"], d["value"], d["unit"], d["measure"]) or None}
                if d["printed"] is None:
                    wrong = figure_problem(d["value"], d["unit"], d["measure"], d["quote"])
            figure = first_figure(group, kind, end, d.get("basis"))
            rows["fact"].append(
                (*row, shape, d.get("basis"), pack(kind, d), key, pos, e.index, group, wrong, figure, tags)
            )
    return key, rows, bad, {t: label_keys(t) for t in texts}


@functools.lru_cache(maxsize=65536)
def label_keys(text: str) -> tuple[str, str, str]:
    """The folded form, pinyin and initials of a fact name or tag."""
    from govfacts.build.names import pinyin_keys

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

    with ProcessPoolExecutor(workers) as pool:
        for done, result in enumerate(pool.map(parse_one, files, keys, chunksize=4), start=1):
            yield result
            if progress:
                progress(done, len(files))
