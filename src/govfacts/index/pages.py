"""Page texts: reading a source's page, and checking every quote and figure against it.

A `[[source]]` may name its page with `file`, a path relative to the TOML file that
declares it, which must lie inside the base (its layer's folder; see `read_source_page`).
Every fact citing that source is then checked: its quote must be on the
page word for word (white space and line breaks aside), and an indicator's value must
be readable in its quote, with the sign its quote's 下降/上升 gives a change. Facts
whose source has no page are not checked; `check` counts them.

The checks are linear, and an update repeats them only for the facts of the files it
read again and for the facts citing a page that changed.
"""

from __future__ import annotations

import collections
import difflib
import os
import re
import sqlite3
from collections.abc import Iterable

from govfacts.files import Outside, inside
from govfacts.i18n import _
from govfacts.index.ddl import QUOTE
from govfacts.index.inputs import page_stamp
from govfacts.index.load import EntryLocations
from govfacts.index.validate import message
from govfacts.pagetext import PageError, flatten, read_page

# How much of a quote the search for its closest passage reads, and how many candidate
# passages it compares with difflib: what it costs is bounded whatever the page and quote.
CLOSEST_READS = 240
CLOSEST_CANDIDATES = 8


def closest(page: str, quote: str) -> str:
    """The passage of the page nearest to the quote (both flattened), as long as the quote; ""
    when no run of two of its characters is found on the page.

    The passage is the one that shares the longest run of characters with the quote's first
    CLOSEST_READS characters, aligned on that run. Candidates are found by one regular-
    expression pass over the page for the quote's non-overlapping k-grams (k = 4, then 2
    if that finds nothing): a shared run of 2k-1 characters holds one of them. The
    CLOSEST_CANDIDATES passages with most hits are compared with difflib, each only on a
    window about as long as the quote.
    """
    head = quote[:CLOSEST_READS]
    if not page or not head:
        return ""
    for k in (4, 2):
        found = _best_window(page, head, k)
        if found is not None:
            start = max(0, found)
            return page[start : start + len(quote)]
    return ""


def _best_window(page: str, head: str, k: int) -> int | None:
    """Where on the page the quote would start, aligned on its longest shared run (None: no hit)."""
    at: dict[str, list[int]] = {}
    for i in range(0, max(len(head) - k, 0) + 1, k):
        at.setdefault(head[i : i + k], []).append(i)
    pattern = re.compile("|".join(re.escape(g) for g in sorted(at, key=len, reverse=True)))
    votes: collections.Counter[int] = collections.Counter()
    slack = len(head) // 4 + k
    for m in pattern.finditer(page):
        for i in at[m.group()]:
            votes[(m.start() - i) // slack] += 1
    best: tuple[int, int] | None = None  # (length of the shared run, -start), larger is better
    for bucket, _hits in votes.most_common(CLOSEST_CANDIDATES):
        lo = max(0, bucket * slack - slack)
        window = page[lo : bucket * slack + len(head) + 2 * slack]
        match = difflib.SequenceMatcher(None, window, head, autojunk=False).find_longest_match(
            0, len(window), 0, len(head)
        )
        if match.size and (best is None or (match.size, -(lo + match.a - match.b)) > best):
            best = (match.size, -(lo + match.a - match.b))
    return None if best is None or best[0] < 2 else -best[1]


# Marks a figure problem that is about a range's upper end (value_high), not its value.
HIGH_END = "value_high\x1f"


def figure_problem(value: float, unit: str, measure: str, quote: str) -> str | None:
    """What is wrong with an indicator's value against its quote, or None."""
    from govfacts.chinese.numbers import readable

    if readable(quote, value, unit, measure):
        return None
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    if measure == "change" and value and readable(quote, -value, unit, measure):
        if value < 0:
            return _("{value} is a fall, but its quote states the change the other way").format(value=shown)
        return _("{value} is a rise, but its quote states the change the other way").format(value=shown)
    return _("{value} {unit} is not in its quote").format(value=shown, unit=unit)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


Found = tuple[int | None, str | None, str]  # (fact seq or None, source id or None, message)


def check(db: sqlite3.Connection, where: EntryLocations, fresh: Iterable[str], changed: Iterable[str]) -> list[Found]:
    """Problems of the sources and facts to check again, and which those were.

    Checked again: the sources declared in the files read again (`fresh`) or whose page
    changed (`changed`, page paths), and the facts of those files or citing those sources.
    The caller replaces these sources' and facts' earlier problems with the ones returned.
    """
    db.execute("CREATE TEMP TABLE IF NOT EXISTS fresh_file(key TEXT PRIMARY KEY)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS changed_page(path TEXT PRIMARY KEY)")
    db.execute("DELETE FROM fresh_file")
    db.execute("DELETE FROM changed_page")
    db.executemany("INSERT OR IGNORE INTO fresh_file VALUES (?)", [(k,) for k in fresh])
    db.executemany("INSERT OR IGNORE INTO changed_page VALUES (?)", [(p,) for p in changed])
    db.execute("DROP TABLE IF EXISTS temp.recheck_source")
    db.execute(
        "CREATE TEMP TABLE recheck_source AS SELECT id, page, file, nth, json_extract(data, '$.file') AS shown "
        "FROM source WHERE page IS NOT NULL AND "
        "(file IN (SELECT key FROM fresh_file) OR page IN (SELECT path FROM changed_page))"
    )
    found: list[Found] = []
    texts: dict[str, str | None] = {}
    for sid, page, key, nth, shown in db.execute("SELECT id, page, file, nth, shown FROM recheck_source"):
        texts[page] = _page_or_problem(where, key, shown, (found, sid, nth))
    rows = db.execute(
        f"SELECT f.seq, f.kind, f.id, f.file, f.nth, json_extract(f.data, '{QUOTE}'), f.figure_problem, s.page, "
        "s.file, json_extract(s.data, '$.file') FROM fact f JOIN source s ON s.id = f.source WHERE s.page IS NOT NULL AND "
        "(f.file IN (SELECT key FROM fresh_file) OR f.source IN (SELECT id FROM recheck_source))"
    )
    for seq, kind, ident, key, nth, quote, wrong, page, source_key, name in rows:
        if page not in texts:  # a source outside the files read again, whose page did not change
            texts[page] = _page_or_problem(where, source_key, name, None)
        text = texts[page]
        if text is not None:
            problem = fact_problem(quote, wrong, text)
            if problem:
                field, text = problem
                found.append((seq, None, message(where.path(key), where(key, kind, nth, field), f"{kind} {ident!r}: ", f"{field}: {text}")))
    return found


def rechecked(db: sqlite3.Connection) -> tuple[list[str], str]:
    """After check(): the sources checked again, and an SQL condition on fact.seq for the facts."""
    sources = [s for (s,) in db.execute("SELECT id FROM recheck_source")]
    facts = (
        "seq IN (SELECT f.seq FROM fact f WHERE f.file IN (SELECT key FROM fresh_file) "
        "OR f.source IN (SELECT id FROM recheck_source))"
    )
    return sources, facts


def read_source_page(where: EntryLocations, key: str, name: str) -> str:
    """The text of the page `name` that the TOML file `key` names; PageError if it cannot be read.

    The page must lie inside the layer of that file (files.inside: no absolute path, nothing
    that leads out by '..' or a symlink) and be a regular UTF-8 file; one that does not is
    never opened. Messages name the page by its path from the current folder.
    """
    toml = where.path(key)
    folder = os.path.dirname(toml)
    try:
        real = inside(where.root(key), folder, name)
    except Outside as e:
        raise PageError(str(e)) from None
    return read_page(real, os.path.join(folder, name))


def _page_or_problem(where: EntryLocations, key: str, name: str, report: tuple | None) -> str | None:
    """A page's flattened text, or None; with `report` = (found, source id, nth), a PageError
    becomes that source's problem, at its `file`."""
    try:
        return flatten(read_source_page(where, key, name))
    except PageError as e:
        if report is not None:
            found, sid, nth = report
            found.append((None, sid, message(where.path(key), where(key, "source", nth, "file"), f"source {sid!r}: ", f"file: {e}")))
        return None


def fact_problem(quote: str, wrong_figure: str | None, page: str) -> tuple[str, str] | None:
    """(field, what is wrong) for one fact against its flattened page, or None.

    `wrong_figure` is what parse found wrong with an indicator's value against its quote.
    """
    flat = flatten(quote)
    if flat not in page:
        near = closest(page, flat)
        if near:
            text = _("not on the page; the closest passage is “{passage}”")
            return "quote", text.format(passage=_short(near))
        return "quote", _("not on the page")
    if wrong_figure:
        field = "value_high" if wrong_figure.startswith(HIGH_END) else "value"
        problem = wrong_figure.removeprefix(HIGH_END)
        return field, _("{problem}: “{quote}”").format(problem=problem, quote=_short(quote))
    return None


def changed(db: sqlite3.Connection) -> set[str]:
    """The pages the index knows whose file changed (or went away) since it was built."""
    return {path for path, known in db.execute("SELECT path, stamp FROM page") if page_stamp(path) != known}


def remember(db: sqlite3.Connection) -> None:
    """Record the stamps of every page the sources name, for the next freshness check."""
    db.execute("DELETE FROM page")
    paths = [p for (p,) in db.execute("SELECT DISTINCT page FROM source WHERE page IS NOT NULL")]
    db.executemany("INSERT INTO page VALUES (?, ?)", [(p, page_stamp(p)) for p in paths])
